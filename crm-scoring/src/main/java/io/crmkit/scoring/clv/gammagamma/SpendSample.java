package io.crmkit.scoring.clv.gammagamma;

import io.crmkit.core.validation.Require;
import io.crmkit.scoring.clv.history.PurchaseHistories;
import java.util.Arrays;

/**
 * What the Gamma-Gamma spend model is fitted on, on one machine: the repeat buyers of a cohort,
 * each with their number of repeat occasions x and the average value m of those occasions (currency
 * units), and the customers left out (no repeat purchase, or an average of zero, which the model
 * cannot hold). It is the {@link SpendData} of its buyers; a distributed engine supplies the same
 * figures from its partitions instead. Immutable.
 */
public final class SpendSample implements SpendData {
  private final int[] frequency;
  private final double[] averageValue;
  private final int withoutRepeat;
  private final int zeroValue;
  /** The buyers grouped by frequency: group g holds xm[groupStart[g] .. groupStart[g + 1] - 1]. */
  private final int[] groupStart;
  private final int[] groupX;
  private final double[] xm;
  private final SpendStatistics statistics;

  private SpendSample(int[] frequency, double[] averageValue, int withoutRepeat, int zeroValue) {
    this.frequency = frequency;
    this.averageValue = averageValue;
    this.withoutRepeat = withoutRepeat;
    this.zeroValue = zeroValue;
    int size = frequency.length;
    // a counting sort by frequency (frequencies are small integers)
    int maxX = 0;
    for (int x : frequency) {
      maxX = Math.max(maxX, x);
    }
    int[] offset = new int[maxX + 2];
    for (int x : frequency) {
      offset[x + 1]++;
    }
    int groups = 0;
    for (int x = 0; x <= maxX; x++) {
      groups += offset[x + 1] > 0 ? 1 : 0;
      offset[x + 1] += offset[x];
    }
    groupStart = new int[groups + 1];
    groupX = new int[groups];
    xm = new double[size];
    int[] fill = Arrays.copyOf(offset, maxX + 1);
    SpendStatistics.Builder stats = SpendStatistics.builder();
    for (int i = 0; i < size; i++) {
      int x = frequency[i];
      xm[fill[x]++] = x * averageValue[i];
      stats.addBuyer(x, averageValue[i]);
    }
    for (int x = 0, g = 0; x <= maxX; x++) {
      if (offset[x + 1] > offset[x]) {
        groupStart[g] = offset[x];
        groupX[g++] = x;
      }
    }
    groupStart[groups] = size;
    this.statistics = stats.leftOut(withoutRepeat, zeroValue).build();
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
      checkBuyer(frequency[i], averageValue[i]);
    }
    return new SpendSample(frequency.clone(), averageValue.clone(), 0, 0);
  }

  static void checkBuyer(int frequency, double averageValue) {
    Require.that(frequency > 0, "frequency", "must be positive for a repeat buyer", frequency);
    Require.that(averageValue > 0 && Double.isFinite(averageValue), "averageValue",
        "must be a positive finite amount", averageValue);
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

  /** The number of repeat buyers in the sample. */
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
    return statistics.frequencyValueCorrelation();
  }

  @Override
  public SpendStatistics statistics() {
    return statistics;
  }

  @Override
  public SpendSums sumsAt(double v) {
    Require.that(v > 0 && Double.isFinite(v), "gammaGamma.v", "must be a positive finite number", v);
    int groups = groupX.length;
    double[] log = new double[groups];
    double[] inverse = new double[groups];
    double[] inverseSquare = new double[groups];
    for (int g = 0; g < groups; g++) {
      double l = 0;
      double i1 = 0;
      double i2 = 0;
      for (int i = groupStart[g]; i < groupStart[g + 1]; i++) {
        double s = xm[i] + v;
        double inv = 1 / s;
        l += Math.log(s);
        i1 += inv;
        i2 += inv * inv;
      }
      log[g] = l;
      inverse[g] = i1;
      inverseSquare[g] = i2;
    }
    return new SpendSums(v, groupX.clone(), log, inverse, inverseSquare);
  }
}
