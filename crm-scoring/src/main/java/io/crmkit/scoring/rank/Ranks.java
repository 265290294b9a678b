package io.crmkit.scoring.rank;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The two rank computations every value ranking shares: where a share of the customers ends in
 * competition ranks, and the binary search behind "how many are worth more"; and the form in which
 * value scoring reports how many customers each class or tier holds.
 */
public final class Ranks {
  /** Slack for the floating-point error of a share: 0.3 x 10 must cover 3 customers, not 4. */
  private static final double SHARE_SLACK = 1e-9;

  private Ranks() {}

  /**
   * The last rank the top {@code share} of {@code customers} customers reaches, ceil(share x n)
   * (a class or tier that ends there holds every customer ranked at or above it); a share that is
   * a whole number of customers up to floating-point error counts as that number.
   */
  public static int lastRankOf(double share, int customers) {
    return (int) Math.ceil(share * customers - SHARE_SLACK);
  }

  /**
   * The number of positions 0..{@code size}-1 at the start for which {@code inPrefix} holds, given
   * that it holds on a prefix and on nothing after it: found by binary search in O(log n). Over
   * ascending values, the positions of values at most v give the upper bound of v, those of
   * values less than v its lower bound.
   */
  public static int prefixLength(int size, IntPredicate inPrefix) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (inPrefix.test(mid)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * As {@link #prefixLength(int, IntPredicate)}, asking up to {@code batch} positions a round (a
   * batch-ary search): where each round is a pass over distributed data, a million positions take
   * three rounds of 255 rather than twenty of one. {@code inPrefix} answers for a batch of
   * positions at once, in the order given. A batch of 1 is the binary search.
   */
  public static int prefixLength(int size, int batch, BatchPredicate inPrefix) {
    if (batch < 1) {
      throw new IllegalArgumentException("batch: must be at least 1, was " + batch);
    }
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int width = hi - lo;
      int probes = Math.min(batch, width);
      int[] positions = new int[probes];
      for (int k = 0; k < probes; k++) {
        // evenly spread over lo..hi-1; with one probe, the midpoint (as the binary search)
        positions[k] = lo + (int) ((k + 1) * (long) width / (probes + 1));
      }
      boolean[] in = inPrefix.test(positions);
      int newLo = lo;
      int newHi = hi;
      for (int k = 0; k < probes; k++) {
        if (in[k]) {
          newLo = Math.max(newLo, positions[k] + 1);
        } else {
          newHi = Math.min(newHi, positions[k]);
          break;
        }
      }
      lo = newLo;
      hi = newHi;
    }
    return lo;
  }

  /** Answers a search's question for a batch of positions at once. */
  @FunctionalInterface
  public interface BatchPredicate {
    /** Whether each of {@code positions} lies in the prefix, in the order given. */
    boolean[] test(int[] positions);
  }

  /**
   * Counts by class as an unmodifiable {@link EnumMap}, every constant of {@code type} a key in
   * declaration order: {@code byOrdinal[c.ordinal()]} customers in class {@code c}.
   */
  public static <E extends Enum<E>> Map<E, Integer> countsByClass(Class<E> type, int[] byOrdinal) {
    E[] constants = type.getEnumConstants();
    if (byOrdinal.length != constants.length) {
      throw new IllegalArgumentException("counts: must hold one count for each of the " + constants.length
          + " constants of " + type.getSimpleName() + ", held " + byOrdinal.length);
    }
    Map<E, Integer> counts = new EnumMap<>(type);
    for (E c : constants) {
      counts.put(c, byOrdinal[c.ordinal()]);
    }
    return Collections.unmodifiableMap(counts);
  }
}
