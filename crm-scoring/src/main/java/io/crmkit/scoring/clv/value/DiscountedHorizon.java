package io.crmkit.scoring.clv.value;

import io.crmkit.core.validation.Require;
import java.util.Locale;

/**
 * Over what future a customer's value is summed and how later money is discounted: {@code periods}
 * periods of {@code periodLength} model time units each, the money of period k (purchases expected
 * between the end of period k - 1 and the end of period k) discounted by (1 + discountRate)^k, and
 * a margin (the share of revenue that is profit; 1 to value revenue). lifetimes' default is twelve
 * monthly periods at 1% a month. Serializable (validated again when read).
 *
 * @param periods how many periods, 1..1200
 * @param periodLength one period in the model's time unit (e.g. 30 / 7 for months in a weekly model)
 * @param discountRate the discount rate per period, 0..1
 * @param margin the profit margin on revenue, 0..1
 */
public record DiscountedHorizon(int periods, double periodLength, double discountRate, double margin)
    implements java.io.Serializable {
  public DiscountedHorizon {
    Require.that(periods >= 1 && periods <= 1200, "horizon.periods", "must lie within 1..1200", periods);
    Require.that(periodLength > 0 && Double.isFinite(periodLength), "horizon.periodLength",
        "must be a positive length of time", periodLength);
    Require.that(discountRate >= 0 && discountRate <= 1, "horizon.discountRate", "must lie within 0..1",
        discountRate);
    Require.that(margin >= 0 && margin <= 1, "horizon.margin", "must lie within 0..1", margin);
  }

  /** The whole horizon in model time units. */
  public double length() {
    return periods * periodLength;
  }

  /** The ends of the periods, in model time units. */
  double[] ends() {
    double[] t = new double[periods];
    for (int k = 0; k < periods; k++) {
      t[k] = (k + 1) * periodLength;
    }
    return t;
  }

  /** The discount factors 1 / (1 + d)^k, k = 1..periods. */
  double[] factors() {
    double[] f = new double[periods];
    double v = 1;
    for (int k = 0; k < periods; k++) {
      v /= 1 + discountRate;
      f[k] = v;
    }
    return f;
  }

  /** The horizon in {@code locale}: the same figures as {@link #describe()}. */
  public String describe(Locale locale) {
    io.crmkit.core.validation.Require.notNull(locale, "horizon.locale");
    return io.crmkit.core.text.Explanation.of(HorizonMessage.HORIZON, periods,
        String.format(Locale.ROOT, "%.4g", periodLength), String.format(Locale.ROOT, "%.4g", discountRate * 100),
        String.format(Locale.ROOT, "%.4g", margin * 100)).render(locale);
  }

  public String describe() {
    return String.format(Locale.ROOT, "%d periods of %.4g time units, %.4g%% discount a period, margin %.4g%%",
        periods, periodLength, discountRate * 100, margin * 100);
  }
}
