package io.crmkit.scoring.clv.gammagamma;

import io.crmkit.core.validation.Require;
import java.io.Serializable;
import java.util.Arrays;

/**
 * The part of the Gamma-Gamma likelihood that depends on every buyer, at one trial scale v: per
 * distinct repeat frequency x, the sums over its buyers of ln(x m + v), 1 / (x m + v) and
 * 1 / (x m + v)^2 (the value, gradient and Hessian need no more). Bounded by the number of distinct
 * frequencies. A mergeable partial: sums over disjoint groups of buyers at the same v, each
 * gathered with an {@link Accumulator} and combined with {@link #merge}, equal (up to summation
 * order) the sums over all of them. Immutable, thread-safe and serializable.
 */
public final class SpendSums implements Serializable {
  private static final long serialVersionUID = 1L;

  private final double scale;
  private final int[] frequency;
  private final double[] sumLog;
  private final double[] sumInverse;
  private final double[] sumInverseSquare;

  SpendSums(double scale, int[] frequency, double[] sumLog, double[] sumInverse, double[] sumInverseSquare) {
    this.scale = scale;
    this.frequency = frequency;
    this.sumLog = sumLog;
    this.sumInverse = sumInverse;
    this.sumInverseSquare = sumInverseSquare;
  }

  /** An empty collector of the sums at scale {@code v} (positive, finite): one per partition or thread. */
  public static Accumulator accumulator(double v) {
    Require.that(v > 0 && Double.isFinite(v), "gammaGamma.v", "must be a positive finite number", v);
    return new Accumulator(v);
  }

  /** Collects buyers one at a time. Not thread-safe: one per partition or thread. */
  public static final class Accumulator {
    private final double v;
    private double[] log = new double[16];
    private double[] inverse = new double[16];
    private double[] inverseSquare = new double[16];
    private boolean[] seen = new boolean[16];

    private Accumulator(double v) {
      this.v = v;
    }

    /** Adds a repeat buyer with {@code frequency} (positive) occasions averaging {@code averageValue}. */
    public Accumulator addBuyer(int frequency, double averageValue) {
      SpendSample.checkBuyer(frequency, averageValue);
      if (frequency >= log.length) {
        int size = Math.max(frequency + 1, log.length * 2);
        log = Arrays.copyOf(log, size);
        inverse = Arrays.copyOf(inverse, size);
        inverseSquare = Arrays.copyOf(inverseSquare, size);
        seen = Arrays.copyOf(seen, size);
      }
      double s = frequency * averageValue + v;
      double inv = 1 / s;
      log[frequency] += Math.log(s);
      inverse[frequency] += inv;
      inverseSquare[frequency] += inv * inv;
      seen[frequency] = true;
      return this;
    }

    /** The sums of the buyers added so far. */
    public SpendSums build() {
      int groups = 0;
      for (boolean b : seen) {
        groups += b ? 1 : 0;
      }
      int[] x = new int[groups];
      double[] l = new double[groups];
      double[] i1 = new double[groups];
      double[] i2 = new double[groups];
      for (int f = 0, g = 0; f < seen.length; f++) {
        if (seen[f]) {
          x[g] = f;
          l[g] = log[f];
          i1[g] = inverse[f];
          i2[g++] = inverseSquare[f];
        }
      }
      return new SpendSums(v, x, l, i1, i2);
    }
  }

  /** The sums of both partials, which must be taken at the same scale. */
  public SpendSums merge(SpendSums other) {
    Require.notNull(other, "other");
    Require.that(Double.compare(other.scale, scale) == 0, "other.scale", "must be this partial's scale " + scale,
        other.scale);
    int n = frequency.length + other.frequency.length;
    int[] x = new int[n];
    double[] l = new double[n];
    double[] i1 = new double[n];
    double[] i2 = new double[n];
    int i = 0;
    int j = 0;
    int m = 0;
    while (i < frequency.length || j < other.frequency.length) {
      boolean mine = j == other.frequency.length || (i < frequency.length && frequency[i] <= other.frequency[j]);
      boolean theirs = i == frequency.length || (j < other.frequency.length && other.frequency[j] <= frequency[i]);
      x[m] = mine ? frequency[i] : other.frequency[j];
      l[m] = (mine ? sumLog[i] : 0) + (theirs ? other.sumLog[j] : 0);
      i1[m] = (mine ? sumInverse[i] : 0) + (theirs ? other.sumInverse[j] : 0);
      i2[m] = (mine ? sumInverseSquare[i] : 0) + (theirs ? other.sumInverseSquare[j] : 0);
      m++;
      i += mine ? 1 : 0;
      j += theirs ? 1 : 0;
    }
    return new SpendSums(scale, Arrays.copyOf(x, m), Arrays.copyOf(l, m), Arrays.copyOf(i1, m), Arrays.copyOf(i2, m));
  }

  /** The scale v the sums were taken at. */
  public double scale() {
    return scale;
  }

  /** The number of distinct frequencies summed over. */
  public int frequencies() {
    return frequency.length;
  }

  /** The {@code g}-th distinct frequency, ascending. */
  public int frequency(int g) {
    return frequency[g];
  }

  /** The sum of ln(x m + v) over the buyers of the {@code g}-th frequency. */
  public double sumLog(int g) {
    return sumLog[g];
  }

  /** The sum of 1 / (x m + v). */
  public double sumInverse(int g) {
    return sumInverse[g];
  }

  /** The sum of 1 / (x m + v)^2. */
  public double sumInverseSquare(int g) {
    return sumInverseSquare[g];
  }

  @Override
  public String toString() {
    return "SpendSums{at v=" + scale + ", " + frequency.length + " frequencies}";
  }
}
