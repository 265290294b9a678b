package io.crmkit.scoring.clv.gammagamma;

import io.crmkit.core.validation.Require;
import io.crmkit.scoring.clv.history.PurchaseHistories;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Currency;

/**
 * The parts of the Gamma-Gamma likelihood that do not move during a fit, per distinct repeat
 * frequency x: how many repeat buyers have it and the sum of the logarithms of their average repeat
 * values m; with the buyers' mean m and the frequency/value co-moments (for starting points and the
 * independence check), and how many customers were left out and why. Bounded by the number of
 * distinct frequencies, whatever the number of buyers.
 *
 * <p>A mergeable partial: statistics of disjoint groups of customers, each gathered with a
 * {@link Builder} and combined with {@link #merge}, equal (up to floating-point summation order)
 * those of all customers gathered at once. Immutable, thread-safe and serializable.
 */
public final class SpendStatistics implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int[] frequency;
  private final long[] buyers;
  private final double[] sumLogAverage;
  private final long totalBuyers;
  private final double meanFrequency;
  private final double meanAverage;
  private final double frequencySquares;
  private final double averageSquares;
  private final double coMoment;
  private final long withoutRepeat;
  private final long zeroValue;

  private SpendStatistics(int[] frequency, long[] buyers, double[] sumLogAverage, double meanFrequency,
      double meanAverage, double frequencySquares, double averageSquares, double coMoment, long withoutRepeat,
      long zeroValue) {
    this.frequency = frequency;
    this.buyers = buyers;
    this.sumLogAverage = sumLogAverage;
    long total = 0;
    for (long b : buyers) {
      total += b;
    }
    this.totalBuyers = total;
    this.meanFrequency = meanFrequency;
    this.meanAverage = meanAverage;
    this.frequencySquares = frequencySquares;
    this.averageSquares = averageSquares;
    this.coMoment = coMoment;
    this.withoutRepeat = withoutRepeat;
    this.zeroValue = zeroValue;
  }

  /** An empty collector: one per partition or thread. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects customers one at a time. Not thread-safe: use one per partition or thread, then
   * {@link SpendStatistics#merge} the results.
   */
  public static final class Builder {
    private long[] buyers = new long[16];
    private double[] sumLog = new double[16];
    private long n;
    private double meanX;
    private double meanM;
    private double m2X;
    private double m2M;
    private double cXM;
    private long withoutRepeat;
    private long zeroValue;

    private Builder() {}

    /**
     * Adds a customer of the cohort by frequency and total repeat value in minor units of
     * {@code currency}, with the rule {@link SpendSample#of(PurchaseHistories)} applies: no repeat
     * purchase, or a total of zero or less, leaves the customer out (counted); otherwise the average
     * {@link PurchaseHistories#averageRepeatValue(int, long, Currency)} joins the sample.
     */
    public Builder addCustomer(int frequency, long repeatValueMinor, Currency currency) {
      Require.that(frequency >= 0, "frequency", "must not be negative", frequency);
      Require.notNull(currency, "currency");
      if (frequency == 0) {
        withoutRepeat++;
      } else if (repeatValueMinor <= 0) {
        zeroValue++;
      } else {
        addBuyer(frequency, PurchaseHistories.averageRepeatValue(frequency, repeatValueMinor, currency));
      }
      return this;
    }

    /** Adds a repeat buyer with {@code frequency} (positive) occasions averaging {@code averageValue}. */
    public Builder addBuyer(int frequency, double averageValue) {
      SpendSample.checkBuyer(frequency, averageValue);
      if (frequency >= buyers.length) {
        int size = Math.max(frequency + 1, buyers.length * 2);
        buyers = Arrays.copyOf(buyers, size);
        sumLog = Arrays.copyOf(sumLog, size);
      }
      buyers[frequency]++;
      sumLog[frequency] += Math.log(averageValue);
      n++;
      double dx = frequency - meanX;
      meanX += dx / n;
      double dm = averageValue - meanM;
      meanM += dm / n;
      m2X += dx * (frequency - meanX);
      m2M += dm * (averageValue - meanM);
      cXM += dx * (averageValue - meanM);
      return this;
    }

    /** Counts customers left out elsewhere (a sample built without this builder's rule). */
    Builder leftOut(long withoutRepeatPurchase, long withZeroValue) {
      withoutRepeat += withoutRepeatPurchase;
      zeroValue += withZeroValue;
      return this;
    }

    /** The statistics of the customers added so far. The builder can go on collecting. */
    public SpendStatistics build() {
      int groups = 0;
      for (long b : buyers) {
        groups += b > 0 ? 1 : 0;
      }
      int[] x = new int[groups];
      long[] count = new long[groups];
      double[] logs = new double[groups];
      for (int f = 0, g = 0; f < buyers.length; f++) {
        if (buyers[f] > 0) {
          x[g] = f;
          count[g] = buyers[f];
          logs[g++] = sumLog[f];
        }
      }
      return new SpendStatistics(x, count, logs, meanX, meanM, m2X, m2M, cXM, withoutRepeat, zeroValue);
    }
  }

  /**
   * The statistics of both partials together: counts and sums add, the means and co-moments
   * combine (Chan, Golub and LeVeque's pairwise update), so merging in any order gives the same
   * figures up to rounding.
   */
  public SpendStatistics merge(SpendStatistics other) {
    Require.notNull(other, "other");
    int[] x = new int[frequency.length + other.frequency.length];
    long[] count = new long[x.length];
    double[] logs = new double[x.length];
    int i = 0;
    int j = 0;
    int m = 0;
    while (i < frequency.length || j < other.frequency.length) {
      if (j == other.frequency.length || (i < frequency.length && frequency[i] < other.frequency[j])) {
        x[m] = frequency[i];
        count[m] = buyers[i];
        logs[m++] = sumLogAverage[i++];
      } else if (i == frequency.length || other.frequency[j] < frequency[i]) {
        x[m] = other.frequency[j];
        count[m] = other.buyers[j];
        logs[m++] = other.sumLogAverage[j++];
      } else {
        x[m] = frequency[i];
        count[m] = buyers[i] + other.buyers[j];
        logs[m++] = sumLogAverage[i++] + other.sumLogAverage[j++];
      }
    }
    double na = totalBuyers;
    double nb = other.totalBuyers;
    double n = na + nb;
    double meanX = meanFrequency;
    double meanM = meanAverage;
    double m2X = frequencySquares;
    double m2M = averageSquares;
    double cXM = coMoment;
    if (nb > 0 && na == 0) {
      meanX = other.meanFrequency;
      meanM = other.meanAverage;
      m2X = other.frequencySquares;
      m2M = other.averageSquares;
      cXM = other.coMoment;
    } else if (nb > 0) {
      double dx = other.meanFrequency - meanFrequency;
      double dm = other.meanAverage - meanAverage;
      double w = na * nb / n;
      meanX = meanFrequency + dx * nb / n;
      meanM = meanAverage + dm * nb / n;
      m2X = frequencySquares + other.frequencySquares + dx * dx * w;
      m2M = averageSquares + other.averageSquares + dm * dm * w;
      cXM = coMoment + other.coMoment + dx * dm * w;
    }
    return new SpendStatistics(Arrays.copyOf(x, m), Arrays.copyOf(count, m), Arrays.copyOf(logs, m), meanX, meanM,
        m2X, m2M, cXM, withoutRepeat + other.withoutRepeat, zeroValue + other.zeroValue);
  }

  /** The number of distinct repeat frequencies. */
  public int frequencies() {
    return frequency.length;
  }

  /** The {@code g}-th distinct frequency, ascending. */
  public int frequency(int g) {
    return frequency[g];
  }

  /** How many repeat buyers have the {@code g}-th frequency. */
  public long buyers(int g) {
    return buyers[g];
  }

  /** The sum of ln m over the buyers of the {@code g}-th frequency. */
  public double sumLogAverage(int g) {
    return sumLogAverage[g];
  }

  /** All repeat buyers in the sample. */
  public long buyers() {
    return totalBuyers;
  }

  /** The buyers' mean average repeat value m (currency units); 0 without buyers. */
  public double meanAverageValue() {
    return meanAverage;
  }

  /** Customers left out for having no repeat purchase. */
  public long withoutRepeatPurchase() {
    return withoutRepeat;
  }

  /** Repeat buyers left out for a repeat value of zero (or less). */
  public long withZeroValue() {
    return zeroValue;
  }

  /**
   * The Pearson correlation of frequency and average value among the buyers (NaN for fewer than
   * two, 0 when either does not vary): the check of the Gamma-Gamma's independence assumption.
   */
  public double frequencyValueCorrelation() {
    if (totalBuyers < 2) {
      return Double.NaN;
    }
    return frequencySquares == 0 || averageSquares == 0 ? 0 : coMoment / Math.sqrt(frequencySquares * averageSquares);
  }

  @Override
  public String toString() {
    return "SpendStatistics{" + totalBuyers + " repeat buyers over " + frequency.length + " frequencies, "
        + withoutRepeat + " without repeat, " + zeroValue + " of zero value}";
  }
}
