package io.crmkit.scoring.clv.value;

import io.crmkit.core.validation.Require;
import io.crmkit.scoring.clv.bgnbd.BgNbdModel;
import io.crmkit.scoring.clv.bgnbd.PurchaseCurves;
import io.crmkit.scoring.clv.fit.FitOptions;
import io.crmkit.scoring.clv.gammagamma.GammaGammaModel;
import io.crmkit.scoring.clv.gammagamma.SpendSample;
import io.crmkit.scoring.clv.history.PurchaseHistories;
import java.util.Currency;

/**
 * Predicted, discounted customer lifetime value: the BG/NBD's expected purchases in each period
 * of a {@link DiscountedHorizon}, times the Gamma-Gamma's expected value of a purchase, times the
 * margin, discounted per period and summed:
 * CLV = margin x E[M | x, m] x sum over k = 1..H of (E[Y(k L)] - E[Y((k - 1) L)]) / (1 + d)^k.
 * Differentiate, IDIC step 2: value customers by what the relationship will bring.
 *
 * <p>Assumptions, stated: purchases follow the BG/NBD, spend per purchase the Gamma-Gamma and is
 * independent of frequency (see {@link GammaGammaModel#frequencyValueCorrelation}), the margin is
 * constant, and the money of a period is discounted as if it came at the period's end. The
 * arithmetic is double precision; each value is rounded half-even to the currency's minor unit
 * only at the boundary ({@link CustomerScore#value}, {@link CohortScores#value}).
 *
 * <p>Immutable and thread-safe.
 */
public final class CustomerValueModel {
  private final BgNbdModel purchases;
  private final GammaGammaModel spend;
  private final DiscountedHorizon horizon;
  private final Currency currency;

  private CustomerValueModel(BgNbdModel purchases, GammaGammaModel spend, DiscountedHorizon horizon,
      Currency currency) {
    this.purchases = purchases;
    this.spend = spend;
    this.horizon = horizon;
    this.currency = currency;
  }

  /** A model of the two fitted (or given) parts, valuing in {@code currency}. */
  public static CustomerValueModel of(BgNbdModel purchases, GammaGammaModel spend, DiscountedHorizon horizon,
      Currency currency) {
    return new CustomerValueModel(Require.notNull(purchases, "purchases"), Require.notNull(spend, "spend"),
        Require.notNull(horizon, "horizon"), Require.notNull(currency, "currency"));
  }

  /** Fits the BG/NBD on all customers and the Gamma-Gamma on the repeat buyers of {@code histories}. */
  public static CustomerValueModel fit(PurchaseHistories histories, DiscountedHorizon horizon, FitOptions options) {
    Require.notNull(histories, "histories");
    Require.notNull(options, "options");
    BgNbdModel bgnbd = BgNbdModel.fit(histories.distinct(), options);
    GammaGammaModel gg = GammaGammaModel.fit(SpendSample.of(histories), options);
    return of(bgnbd, gg, horizon, histories.currency());
  }

  public BgNbdModel purchases() {
    return purchases;
  }

  public GammaGammaModel spend() {
    return spend;
  }

  public DiscountedHorizon horizon() {
    return horizon;
  }

  /**
   * Scores one customer: {@code x} repeat occasions, the last at {@code tx}, observed for {@code T}
   * (model time units), repeat occasions worth {@code averageValue} on average (currency units).
   */
  public CustomerScore score(int x, double tx, double T, double averageValue) {
    purchases.probabilityAlive(x, tx, T); // validates the history
    double[] ends = horizon.ends();
    PurchaseCurves curves = purchases.curves(ends);
    double[] expected = new double[ends.length];
    double alive = curves.fill(x, tx, T, expected);
    double m = spend.expectedAverageValue(x, averageValue);
    double value = discounted(expected, horizon.factors(), m * horizon.margin());
    return new CustomerScore(alive, expected[ends.length - 1], m, CohortScores.money(value, currency));
  }

  /** Scores every customer of {@code histories}, in one pass, into primitive columns. */
  public CohortScores scoreAll(PurchaseHistories histories) {
    Require.notNull(histories, "histories");
    Require.that(histories.unit().equals(purchases.unit()), "histories.unit", "must be the model's unit "
        + purchases.unit().name(), histories.unit().name());
    Require.that(histories.currency().equals(currency), "histories.currency", "must be the model's currency "
        + currency, histories.currency());
    int n = histories.customers();
    double[] alive = new double[n];
    double[] total = new double[n];
    double[] average = new double[n];
    double[] value = new double[n];
    double[] ends = horizon.ends();
    double[] factors = horizon.factors();
    PurchaseCurves curves = purchases.curves(ends);
    double[] expected = new double[ends.length];
    double margin = horizon.margin();
    for (int i = 0; i < n; i++) {
      int x = histories.frequency(i);
      alive[i] = curves.fillDays(x, histories.recencyDays(i), histories.ageDays(i), expected);
      total[i] = expected[ends.length - 1];
      average[i] = spend.expectedAverageValue(x, histories.averageRepeatValue(i));
      value[i] = discounted(expected, factors, average[i] * margin);
    }
    return new CohortScores(histories, alive, total, average, value);
  }

  /** sum over k of (E_k - E_(k-1)) x factor_k x valuePerPurchase. */
  private static double discounted(double[] cumulative, double[] factors, double valuePerPurchase) {
    double sum = 0;
    double previous = 0;
    for (int k = 0; k < cumulative.length; k++) {
      sum += (cumulative[k] - previous) * factors[k];
      previous = cumulative[k];
    }
    return sum * valuePerPurchase;
  }
}
