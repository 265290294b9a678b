package io.crmkit.scoring.lifecycle;

import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One customer's purchase behaviour as of a day, from the purchases up to and including that day
 * only: tenure (days since the first purchase), recency (days since the last), and spend and
 * purchases in the last window and the one before it. What the lifecycle rules read.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customer the customer's id in the transaction log
 * @param asOf the day of the assessment
 * @param tenureDays days from the first purchase to {@code asOf}
 * @param daysSinceLast days from the last purchase to {@code asOf}
 * @param purchases purchases in all up to {@code asOf}
 * @param spendLastMinor spend in the last window, in minor units
 * @param spendPreviousMinor spend in the window before, in minor units
 * @param purchasesLast purchases in the last window
 * @param purchasesPrevious purchases in the window before
 * @param windowDays the length of each window
 * @param fractionDigits the currency's fraction digits, to show amounts
 */
public record CustomerActivity(String customer, LocalDate asOf, int tenureDays, int daysSinceLast, int purchases,
    long spendLastMinor, long spendPreviousMinor, int purchasesLast, int purchasesPrevious, int windowDays,
    int fractionDigits) {
  public CustomerActivity {
    Require.text(customer, "customerActivity.customer");
    Require.notNull(asOf, "customerActivity.asOf");
    Require.that(tenureDays >= 0, "customerActivity.tenureDays", "must not be negative", tenureDays);
    Require.that(daysSinceLast >= 0 && daysSinceLast <= tenureDays, "customerActivity.daysSinceLast",
        "must lie within 0..tenureDays " + tenureDays, daysSinceLast);
    Require.that(purchases >= 1, "customerActivity.purchases", "must be at least 1 (a customer has bought)", purchases);
    Require.that(spendLastMinor >= 0 && spendPreviousMinor >= 0, "customerActivity.spend", "must not be negative",
        spendLastMinor + "/" + spendPreviousMinor);
    Require.that(purchasesLast >= 0 && purchasesPrevious >= 0 && purchasesLast + purchasesPrevious <= purchases,
        "customerActivity.purchasesLast", "must lie within 0..purchases", purchasesLast + "+" + purchasesPrevious);
    Require.that(windowDays >= 1, "customerActivity.windowDays", "must be positive", windowDays);
  }

  /** Spend in the last window relative to the one before (0.4 = up 40%); empty when nothing was spent before. */
  public Optional<Double> spendChange() {
    if (spendPreviousMinor == 0) {
      return Optional.empty();
    }
    return Optional.of((spendLastMinor - spendPreviousMinor) / (double) spendPreviousMinor);
  }

  /** Whether the previous window lies wholly within the customer's tenure, so the two windows compare like with like. */
  public boolean hasTwoWindows() {
    return tenureDays >= 2 * windowDays - 1;
  }
}
