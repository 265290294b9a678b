package io.crmkit.scoring.clv.gammagamma;

import io.crmkit.core.validation.Require;
import io.crmkit.scoring.clv.history.PurchaseHistories;

/**
 * What the Gamma-Gamma spend model is fitted on: the repeat buyers of a cohort, each with their
 * number of repeat occasions x and the average value m of those occasions (currency units), and the
 * customers left out (no repeat purchase, or an average of zero, which the model cannot hold).
 * Immutable.
 */
public final class SpendSample {
  private final int[] frequency;
  private final double[] averageValue;
  private final int withoutRepeat;
  private final int zeroValue;

  private SpendSample(int[] frequency, double[] averageValue, int withoutRepeat, int zeroValue) {
    this.frequency = frequency;
    this.averageValue = averageValue;
    this.withoutRepeat = withoutRepeat;
    this.zeroValue = zeroValue;
  }

  /** The repeat buyers of {@code histories} with a positive average repeat value. */
  public static SpendSample of(PurchaseHistories histories) {
    Require.notNull(histories, "histories");
    int n = histories.customers();
    int kept = 0;
    int without = 0;
    int zero = 0;
    for (int i = 0; i < n; i++) {
      if (histories.frequency(i) == 0) {
        without++;
      } else if (histories.repeatValueMinor(i) <= 0) {
        zero++;
      } else {
        kept++;
      }
    }
    int[] f = new int[kept];
    double[] m = new double[kept];
    for (int i = 0, k = 0; i < n; i++) {
      if (histories.frequency(i) > 0 && histories.repeatValueMinor(i) > 0) {
        f[k] = histories.frequency(i);
        m[k] = histories.averageRepeatValue(i);
        k++;
      }
    }
    return new SpendSample(f, m, without, zero);
  }

  /** A sample of given repeat buyers (x > 0, m > 0 each). */
  public static SpendSample of(int[] frequency, double[] averageValue) {
    Require.notNull(frequency, "frequency");
    Require.notNull(averageValue, "averageValue");
    Require.that(frequency.length == averageValue.length, "averageValue", "must have one value per frequency",
        averageValue.length + " for " + frequency.length);
    for (int i = 0; i < frequency.length; i++) {
      Require.that(frequency[i] > 0, "frequency", "must be positive for a repeat buyer", frequency[i]);
      Require.that(averageValue[i] > 0 && Double.isFinite(averageValue[i]), "averageValue",
          "must be a positive finite amount", averageValue[i]);
    }
    return new SpendSample(frequency.clone(), averageValue.clone(), 0, 0);
  }

  /** Every {@code step}-th buyer: a smaller sample of the same shape, for finding a starting point. */
  public SpendSample everyNth(int step) {
    Require.that(step >= 1, "step", "must be at least 1", step);
    int m = (size() + step - 1) / step;
    int[] f = new int[m];
    double[] v = new double[m];
    for (int i = 0, k = 0; i < size(); i += step, k++) {
      f[k] = frequency[i];
      v[k] = averageValue[i];
    }
    return new SpendSample(f, v, 0, 0);
  }

  public int size() {
    return frequency.length;
  }

  public int frequency(int i) {
    return frequency[i];
  }

  public double averageValue(int i) {
    return averageValue[i];
  }

  /** Customers left out for having no repeat purchase. */
  public int withoutRepeatPurchase() {
    return withoutRepeat;
  }

  /** Repeat buyers left out for an average repeat value of zero. */
  public int withZeroValue() {
    return zeroValue;
  }

  /**
   * The Pearson correlation of frequency and average value among the repeat buyers. The
   * Gamma-Gamma model assumes spend per occasion independent of how often a customer buys; a
   * correlation far from 0 says the assumption does not hold for this data.
   */
  public double frequencyValueCorrelation() {
    int n = size();
    if (n < 2) {
      return Double.NaN;
    }
    double mx = 0;
    double mm = 0;
    for (int i = 0; i < n; i++) {
      mx += frequency[i];
      mm += averageValue[i];
    }
    mx /= n;
    mm /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = frequency[i] - mx;
      double dy = averageValue[i] - mm;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  }
}
