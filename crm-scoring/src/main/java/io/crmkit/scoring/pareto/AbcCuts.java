package io.crmkit.scoring.pareto;

import io.crmkit.core.validation.Require;
import io.crmkit.scoring.rank.RankedValues;
import io.crmkit.scoring.rank.Ranks;
import java.io.Serializable;
import java.util.Map;

/**
 * The ABC classes of a value distribution as two exact cut values: a customer is A from
 * {@link #aFrom()} up, B from {@link #bFrom()} up, C below. They are the values at which
 * {@link AbcPolicy#classFor} changes along the ranking (the class of a value depends only on the sum
 * of the values above it, which falls as the value rises), found by a search over the ranking, so a
 * distributed engine classifies each customer on its workers with this small object and the same
 * answer as {@link ParetoAnalysis#classOf}.
 *
 * <p>Immutable, thread-safe and serializable.
 */
public final class AbcCuts implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long aFrom;
  private final long bFrom;

  private AbcCuts(long aFrom, long bFrom) {
    this.aFrom = aFrom;
    this.bFrom = bFrom;
  }

  /** The cuts of {@code values} under {@code policy}; at least one value. */
  public static AbcCuts of(RankedValues values, AbcPolicy policy) {
    Require.notNull(values, "values");
    Require.notNull(policy, "policy");
    int n = values.size();
    Require.that(n > 0, "values", "must hold at least one customer", 0);
    long total = values.total();
    if (total == 0) {
      return new AbcCuts(Long.MIN_VALUE, Long.MIN_VALUE);
    }
    return new AbcCuts(lowestOf(values, policy, AbcClass.A, total), lowestOf(values, policy, AbcClass.B, total));
  }

  /**
   * The smallest value whose class is {@code upTo} or better: the value at the last position whose
   * higher-ranked sum still gives such a class. The first position always qualifies (nothing ranks
   * above it, a share of 0 is below every policy's A limit).
   */
  private static long lowestOf(RankedValues values, AbcPolicy policy, AbcClass upTo, long total) {
    int qualifying = Ranks.prefixLength(values.size(), values.searchBatch(), positions -> {
      long[] above = values.sumsOfTop(positions); // the sum of the values before position p
      boolean[] in = new boolean[positions.length];
      for (int k = 0; k < in.length; k++) {
        in[k] = policy.classFor(above[k], total).compareTo(upTo) <= 0;
      }
      return in;
    });
    return values.valuesAt(new int[] {qualifying - 1})[0];
  }

  /** The lowest value of class A. */
  public long aFrom() {
    return aFrom;
  }

  /** The lowest value of class B or better. */
  public long bFrom() {
    return bFrom;
  }

  /** The class of a customer worth {@code valueMinor}. */
  public AbcClass classOf(long valueMinor) {
    return valueMinor >= aFrom ? AbcClass.A : valueMinor >= bFrom ? AbcClass.B : AbcClass.C;
  }

  /** How many of {@code values}' customers fall in each class (A, B, C order; unmodifiable). */
  public Map<AbcClass, Integer> counts(RankedValues values) {
    Require.notNull(values, "values");
    int[] atLeast = values.countsAtLeast(new long[] {aFrom, bFrom});
    return Ranks.countsByClass(AbcClass.class,
        new int[] {atLeast[0], atLeast[1] - atLeast[0], values.size() - atLeast[1]});
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AbcCuts c && c.aFrom == aFrom && c.bFrom == bFrom;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(aFrom) * 31 + Long.hashCode(bFrom);
  }

  @Override
  public String toString() {
    return "AbcCuts{A from " + aFrom + ", B from " + bFrom + "}";
  }
}
