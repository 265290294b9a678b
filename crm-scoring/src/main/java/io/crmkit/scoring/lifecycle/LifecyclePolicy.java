package io.crmkit.scoring.lifecycle;

import io.crmkit.core.validation.Require;

/**
 * The settings of lifecycle inference: the length of the two windows whose spend and purchases are
 * compared (the last window ends on the assessment day, the previous one ends where it starts), the
 * tenure below which a customer is still exploring and from which a steady customer counts as mature,
 * the days without a purchase after which a customer is in decline, and the thresholds of the trends.
 *
 * <p>Immutable and thread-safe.
 *
 * @param windowDays length of each of the two compared windows, at least 1
 * @param explorationTenureDays customers whose first purchase is fewer days back are exploring
 * @param maturityTenureDays tenure from which steady trade counts as maturity; not below explorationTenureDays
 * @param lapsedAfterDays days without a purchase from which a customer is in decline, at least 1
 * @param growthRise relative rise of spend (last window over previous) that counts as growth, e.g. 0.20
 * @param growthPurchases purchases in the last window growth needs besides the rise, at least 1
 * @param declineDrop relative fall of spend that counts as decline, within (0, 1), e.g. 0.30
 * @param steadyBand largest relative change of spend that still counts as steady, within [0, 1)
 */
public record LifecyclePolicy(int windowDays, int explorationTenureDays, int maturityTenureDays,
    int lapsedAfterDays, double growthRise, int growthPurchases, double declineDrop, double steadyBand) {

  /** Quarters; exploring for the first quarter, mature from half a year; lapsed after two quarters. */
  public static final LifecyclePolicy DEFAULTS = new LifecyclePolicy(91, 91, 182, 182, 0.20, 2, 0.30, 0.15);

  public LifecyclePolicy {
    Require.that(windowDays >= 1, "lifecyclePolicy.windowDays", "must be positive", windowDays);
    Require.that(explorationTenureDays >= 0, "lifecyclePolicy.explorationTenureDays", "must not be negative",
        explorationTenureDays);
    Require.that(maturityTenureDays >= explorationTenureDays, "lifecyclePolicy.maturityTenureDays",
        "must not be less than explorationTenureDays " + explorationTenureDays, maturityTenureDays);
    Require.that(lapsedAfterDays >= 1, "lifecyclePolicy.lapsedAfterDays", "must be positive", lapsedAfterDays);
    Require.that(growthRise > 0 && Double.isFinite(growthRise), "lifecyclePolicy.growthRise", "must be positive",
        growthRise);
    Require.that(growthPurchases >= 1, "lifecyclePolicy.growthPurchases", "must be at least 1", growthPurchases);
    Require.that(declineDrop > 0 && declineDrop < 1, "lifecyclePolicy.declineDrop", "must be within (0, 1)",
        declineDrop);
    Require.that(steadyBand >= 0 && steadyBand < 1, "lifecyclePolicy.steadyBand", "must be within [0, 1)",
        steadyBand);
    Require.that(steadyBand < growthRise && steadyBand < declineDrop, "lifecyclePolicy.steadyBand",
        "must be below growthRise and declineDrop (a change cannot be steady and a trend at once)", steadyBand);
  }

  /** This policy with windows of {@code days}. */
  public LifecyclePolicy withWindowDays(int days) {
    return new LifecyclePolicy(days, explorationTenureDays, maturityTenureDays, lapsedAfterDays, growthRise,
        growthPurchases, declineDrop, steadyBand);
  }

  /** This policy with the tenures of exploration and maturity. */
  public LifecyclePolicy withTenures(int exploration, int maturity) {
    return new LifecyclePolicy(windowDays, exploration, maturity, lapsedAfterDays, growthRise, growthPurchases,
        declineDrop, steadyBand);
  }

  /** This policy with {@code days} without a purchase marking decline. */
  public LifecyclePolicy withLapsedAfterDays(int days) {
    return new LifecyclePolicy(windowDays, explorationTenureDays, maturityTenureDays, days, growthRise,
        growthPurchases, declineDrop, steadyBand);
  }

  /** The window in words: {@code quarter} for 90 to 92 days, {@code month} for 30 or 31, else {@code 45-day window}. */
  String windowName() {
    if (windowDays >= 90 && windowDays <= 92) {
      return "quarter";
    }
    if (windowDays == 30 || windowDays == 31) {
      return "month";
    }
    return windowDays + "-day window";
  }
}
