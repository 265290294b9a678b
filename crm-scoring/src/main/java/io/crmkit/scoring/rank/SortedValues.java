package io.crmkit.scoring.rank;

import io.crmkit.core.validation.Require;
import java.util.Arrays;

/**
 * A value distribution sorted ascending, with suffix sums, answering the rank questions of value
 * scoring in O(log n) on primitive arrays: how many customers are worth more than v, and how much
 * they are worth together. Equal values always get equal answers, so results never depend on the
 * order of the input.
 *
 * <p>Immutable and thread-safe.
 */
public final class SortedValues implements RankedValues {
  /** From this size on, values spread over a wide range are radix-sorted. */
  private static final int RADIX_SORT_FROM = 1 << 12;
  private static final int RADIX_BITS = 11;
  private static final int RADIX_MASK = (1 << RADIX_BITS) - 1;

  private final long[] ascending;
  /**
   * suffix[i] = sum of ascending[i..n-1]; suffix[n] = 0. Made on first use: quintile scores (RFM
   * recency and frequency) need no sums, value shares (Pareto, pyramid) do.
   */
  private volatile long[] suffix;

  private SortedValues(long[] ascending) {
    this.ascending = ascending;
  }

  /** The suffix sums, made once (a benign race: two threads may both add up; both get equal sums). */
  private long[] suffix() {
    long[] sums = suffix;
    if (sums == null) {
      sums = new long[ascending.length + 1];
      for (int i = ascending.length - 1; i >= 0; i--) {
        sums[i] = Math.addExact(sums[i + 1], ascending[i]);
      }
      suffix = sums;
    }
    return sums;
  }

  /**
   * Sorts a copy of {@code values}; every value must be non-negative. Values within a small range
   * (day counts, purchase counts) are counted rather than compared, in linear time; many values
   * over a wide range are radix-sorted, also in linear time.
   */
  public static SortedValues of(long[] values) {
    Require.notNull(values, "values");
    return new SortedValues(sortedCopy(values));
  }

  private static long[] sortedCopy(long[] values) {
    int n = values.length;
    if (n == 0) {
      return new long[0];
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    Require.that(min >= 0, "values", "must not be negative", min);
    if (max - min <= 4L * n + 1_024) {
      int[] counts = new int[(int) (max - min) + 1];
      for (long v : values) {
        counts[(int) (v - min)]++;
      }
      long[] sorted = new long[n];
      int at = 0;
      for (int k = 0; k < counts.length; k++) {
        for (int c = counts[k]; c > 0; c--) {
          sorted[at++] = min + k;
        }
      }
      return sorted;
    }
    return n >= RADIX_SORT_FROM ? radixSorted(values, max) : sortedClone(values);
  }

  private static long[] sortedClone(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted;
  }

  /**
   * Least-significant-digit radix sort, 11 bits a pass, as many passes as the largest value has
   * bits (three for totals up to 2^33 minor units): linear, where a comparison sort of a million
   * values takes several times longer. Values are non-negative, so their bits sort as numbers.
   */
  private static long[] radixSorted(long[] values, long max) {
    int bits = 64 - Long.numberOfLeadingZeros(max);
    long[] from = values.clone();
    long[] to = new long[from.length];
    for (int shift = 0; shift < bits; shift += RADIX_BITS) {
      int[] start = new int[(1 << RADIX_BITS) + 1];
      for (long v : from) {
        start[(int) ((v >>> shift) & RADIX_MASK) + 1]++;
      }
      for (int d = 0; d < 1 << RADIX_BITS; d++) {
        start[d + 1] += start[d];
      }
      for (long v : from) {
        to[start[(int) ((v >>> shift) & RADIX_MASK)]++] = v;
      }
      long[] swap = from;
      from = to;
      to = swap;
    }
    return from;
  }

  /**
   * The quintile score of each of {@code values} (the values this distribution was made of, in any
   * order): 1 + floor(5 x (values strictly less) / n). Computed from four order statistics, one
   * comparison pass and no search per value: v scores above k exactly when it exceeds the value at
   * ascending position ceil(k n / 5) - 1.
   */
  public byte[] quintilesByLess(long[] values) {
    requireSameSize(values);
    return scores(Quintiles.byLess(this), values);
  }

  /**
   * As {@link #quintilesByLess} with "strictly greater" for "strictly less": the score of a value
   * where smaller is better (days since the last purchase).
   */
  public byte[] quintilesByGreater(long[] values) {
    requireSameSize(values);
    return scores(Quintiles.byGreater(this), values);
  }

  private static byte[] scores(Quintiles quintiles, long[] values) {
    byte[] scores = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      scores[i] = (byte) quintiles.score(values[i]);
    }
    return scores;
  }

  private void requireSameSize(long[] values) {
    Require.notNull(values, "values");
    Require.that(values.length == ascending.length, "values", "must be the " + ascending.length
        + " values of this distribution", values.length);
  }

  /**
   * Visits each distinct value from the largest down, with how many values equal it and the sum of
   * the values greater than it: one sequential pass, for counting classes and tiers without a search
   * per customer.
   */
  public void forEachDistinctDescending(DistinctValueVisitor visitor) {
    Require.notNull(visitor, "visitor");
    long[] sums = suffix();
    int end = ascending.length;
    while (end > 0) {
      long v = ascending[end - 1];
      int start = end - 1;
      while (start > 0 && ascending[start - 1] == v) {
        start--;
      }
      visitor.visit(v, end - start, ascending.length - end, sums[end]);
      end = start;
    }
  }

  /** What {@link #forEachDistinctDescending} calls for each distinct value. */
  @FunctionalInterface
  public interface DistinctValueVisitor {
    /**
     * @param value the value
     * @param count how many values equal it
     * @param greater how many values are greater
     * @param sumGreater the sum of the values greater
     */
    void visit(long value, int count, int greater, long sumGreater);
  }

  @Override
  public int size() {
    return ascending.length;
  }

  @Override
  public long total() {
    return suffix()[0];
  }

  @Override
  public long[] valuesAt(int[] descendingPositions) {
    Require.notNull(descendingPositions, "descendingPositions");
    long[] out = new long[descendingPositions.length];
    for (int i = 0; i < out.length; i++) {
      int p = descendingPositions[i];
      Require.that(p >= 0 && p < ascending.length, "descendingPositions", "must lie within 0.." + (ascending.length - 1), p);
      out[i] = ascending[ascending.length - 1 - p];
    }
    return out;
  }

  @Override
  public long[] sumsOfTop(int[] counts) {
    Require.notNull(counts, "counts");
    long[] out = new long[counts.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = sumOfTop(counts[i]);
    }
    return out;
  }

  @Override
  public int[] countsAtLeast(long[] values) {
    Require.notNull(values, "values");
    int[] out = new int[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = ascending.length - countLess(values[i]);
    }
    return out;
  }

  /** Summed from the smallest value up, in ascending order. */
  @Override
  public double weightedRankSum() {
    double weighted = 0;
    for (int i = 0; i < ascending.length; i++) {
      weighted += (i + 1) * (double) ascending[i];
    }
    return weighted;
  }

  /** The value at ascending position {@code i}. */
  public long ascending(int i) {
    return ascending[i];
  }

  /** How many values are strictly greater than {@code v}. */
  public int countGreater(long v) {
    return ascending.length - upperBound(v);
  }

  /** How many values are strictly less than {@code v}. */
  public int countLess(long v) {
    return lowerBound(v);
  }

  /** The sum of the values strictly greater than {@code v}. */
  public long sumGreater(long v) {
    return suffix()[upperBound(v)];
  }

  /** The sum of the largest {@code k} values. */
  public long sumOfTop(int k) {
    Require.that(k >= 0 && k <= ascending.length, "k", "must lie within 0.." + ascending.length, k);
    return suffix()[ascending.length - k];
  }

  /** How many values are at most {@code v}. */
  private int upperBound(long v) {
    return Ranks.prefixLength(ascending.length, i -> ascending[i] <= v);
  }

  /** How many values are less than {@code v}. */
  private int lowerBound(long v) {
    return Ranks.prefixLength(ascending.length, i -> ascending[i] < v);
  }
}
