package io.crmkit.scoring.pyramid;

import io.crmkit.core.validation.Require;
import io.crmkit.scoring.rank.RankedValues;
import io.crmkit.scoring.rank.Ranks;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;

/**
 * The customer pyramid of a value distribution as three exact cut values: key from the key minimum
 * up, then major, ordinary, and small below. Set by value, they are the policy's minimums; set by
 * rank, a tier that ends at competition rank L begins at the L-th largest value (a customer's rank
 * is 1 + the customers worth more, so it is at most L exactly when the value is at least that one),
 * read from the ranking with one batch. A distributed engine places each customer on its workers
 * with this small object, with the same answer as {@link CustomerPyramid#tierOf}.
 *
 * <p>Immutable, thread-safe and serializable.
 */
public final class PyramidCuts implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final PyramidTier[] CUT = {PyramidTier.KEY, PyramidTier.MAJOR, PyramidTier.ORDINARY};

  /** The lowest value of KEY, MAJOR and ORDINARY, in that order. */
  private final long[] from;

  private PyramidCuts(long[] from) {
    this.from = from;
  }

  /** The cuts of {@code values} under {@code policy}. */
  public static PyramidCuts of(RankedValues values, PyramidPolicy policy) {
    Require.notNull(values, "values");
    Require.notNull(policy, "policy");
    long[] from = new long[3];
    if (policy.valueMinimums().isPresent()) {
      Map<PyramidTier, Long> min = policy.valueMinimums().get();
      for (int t = 0; t < 3; t++) {
        from[t] = min.get(CUT[t]);
      }
      return new PyramidCuts(from);
    }
    Map<PyramidTier, Integer> last = policy.lastRanks(values.size()).orElseThrow();
    int[] positions = new int[3];
    for (int t = 0; t < 3; t++) {
      positions[t] = Math.max(0, Math.min(values.size(), last.get(CUT[t])) - 1);
    }
    long[] at = values.size() == 0 ? new long[3] : values.valuesAt(positions);
    for (int t = 0; t < 3; t++) {
      // no rank reaches a tier that ends before rank 1: it begins above every value
      from[t] = last.get(CUT[t]) < 1 ? Long.MAX_VALUE : at[t];
    }
    return new PyramidCuts(from);
  }

  /** The tier of a customer worth {@code valueMinor}. */
  public PyramidTier tierOf(long valueMinor) {
    for (int t = 0; t < 3; t++) {
      if (valueMinor >= from[t]) {
        return CUT[t];
      }
    }
    return PyramidTier.SMALL;
  }

  /** The lowest value of {@code tier} (not {@link PyramidTier#SMALL}, which takes the rest). */
  public long lowestOf(PyramidTier tier) {
    Require.notNull(tier, "tier");
    Require.that(tier != PyramidTier.SMALL, "tier", "must be KEY, MAJOR or ORDINARY (SMALL takes the rest)", tier);
    return from[tier.ordinal()];
  }

  /** How many of {@code values}' customers each tier holds (KEY, MAJOR, ORDINARY, SMALL order; unmodifiable). */
  public Map<PyramidTier, Integer> counts(RankedValues values) {
    Require.notNull(values, "values");
    int[] atLeast = values.countsAtLeast(from.clone());
    // with value minimums set by the host, a lower tier's minimum never exceeds a higher one's (checked by the policy)
    return Ranks.countsByClass(PyramidTier.class, new int[] {atLeast[0], atLeast[1] - atLeast[0],
        atLeast[2] - atLeast[1], values.size() - atLeast[2]});
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PyramidCuts c && Arrays.equals(c.from, from);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(from);
  }

  @Override
  public String toString() {
    return "PyramidCuts{key from " + from[0] + ", major from " + from[1] + ", ordinary from " + from[2] + "}";
  }
}
