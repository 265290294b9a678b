package io.crmkit.scoring.summary;

import io.crmkit.core.value.Require;
import java.util.Arrays;

/**
 * A value distribution sorted ascending, with suffix sums, answering the rank questions of value
 * scoring in O(log n) on primitive arrays: how many customers are worth more than v, and how much
 * they are worth together. Equal values always get equal answers, so results never depend on the
 * order of the input.
 *
 * <p>Immutable and thread-safe.
 */
public final class SortedValues {
  private final long[] ascending;
  /** suffix[i] = sum of ascending[i..n-1]; suffix[n] = 0. */
  private final long[] suffix;

  private SortedValues(long[] ascending) {
    this.ascending = ascending;
    this.suffix = new long[ascending.length + 1];
    for (int i = ascending.length - 1; i >= 0; i--) {
      suffix[i] = Math.addExact(suffix[i + 1], ascending[i]);
    }
  }

  /** Sorts a copy of {@code values}; every value must be non-negative. */
  public static SortedValues of(long[] values) {
    Require.notNull(values, "values");
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    Require.that(sorted.length == 0 || sorted[0] >= 0, "values", "must not be negative",
        sorted.length == 0 ? "" : sorted[0]);
    return new SortedValues(sorted);
  }

  public int size() {
    return ascending.length;
  }

  public long total() {
    return suffix[0];
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
    return suffix[upperBound(v)];
  }

  /** The sum of the largest {@code k} values. */
  public long sumOfTop(int k) {
    Require.that(k >= 0 && k <= ascending.length, "k", "must lie within 0.." + ascending.length, k);
    return suffix[ascending.length - k];
  }

  private int upperBound(long v) {
    int lo = 0;
    int hi = ascending.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ascending[mid] <= v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private int lowerBound(long v) {
    int lo = 0;
    int hi = ascending.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ascending[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
