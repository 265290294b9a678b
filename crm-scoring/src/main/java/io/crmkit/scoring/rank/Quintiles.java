package io.crmkit.scoring.rank;

import io.crmkit.core.validation.Require;
import java.io.Serializable;
import java.util.Arrays;

/**
 * The quintile score of RFM, as four exact cut values taken from a distribution: the score of v among
 * n customers is 1 + floor(5 x (customers worth less) / n) (or "worth more", where smaller is better,
 * as for days since the last purchase), so equal values always share a score. v scores above k
 * exactly when it passes the value at ascending position ceil(k n / 5) - 1, so four order
 * statistics define every score: a distributed engine computes them exactly by rank and ships this
 * small object to its workers.
 *
 * <p>Immutable, thread-safe and serializable.
 */
public final class Quintiles implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long[] bars;
  private final boolean smallerIsBetter;

  private Quintiles(long[] bars, boolean smallerIsBetter) {
    this.bars = bars;
    this.smallerIsBetter = smallerIsBetter;
  }

  /** Scores where more is better (frequency, monetary): by how many customers are worth less. */
  public static Quintiles byLess(RankedValues values) {
    Require.notNull(values, "values");
    int n = values.size();
    long[] bars = new long[4];
    int[] positions = new int[4];
    for (int k = 1; k <= 4; k++) {
      int t = cutCount(k, n);
      positions[k - 1] = t == 0 ? 0 : n - t; // ascending t - 1 is descending n - t
    }
    long[] at = n == 0 ? new long[4] : values.valuesAt(positions);
    for (int k = 1; k <= 4; k++) {
      bars[k - 1] = cutCount(k, n) == 0 ? Long.MIN_VALUE : at[k - 1];
    }
    return new Quintiles(bars, false);
  }

  /** Scores where fewer is better (days since the last purchase): by how many customers have more. */
  public static Quintiles byGreater(RankedValues values) {
    Require.notNull(values, "values");
    int n = values.size();
    long[] bars = new long[4];
    int[] positions = new int[4];
    for (int k = 1; k <= 4; k++) {
      int t = cutCount(k, n);
      positions[k - 1] = t == 0 ? 0 : t - 1; // ascending n - t is descending t - 1
    }
    long[] at = n == 0 ? new long[4] : values.valuesAt(positions);
    for (int k = 1; k <= 4; k++) {
      bars[k - 1] = cutCount(k, n) == 0 ? Long.MAX_VALUE : at[k - 1];
    }
    return new Quintiles(bars, true);
  }

  /** ceil(k n / 5): how many customers lie below the k-th cut. */
  private static int cutCount(int k, int n) {
    return (int) ((k * (long) n + 4) / 5);
  }

  /** The score 1..5 of {@code value}, 5 best. */
  public int score(long value) {
    int s = 1;
    for (long bar : bars) {
      if (smallerIsBetter ? value < bar : value > bar) {
        s++;
      }
    }
    return s;
  }

  /** The four cut values, lowest score's first (a copy). */
  public long[] cuts() {
    return bars.clone();
  }

  /** Whether smaller values score higher. */
  public boolean smallerIsBetter() {
    return smallerIsBetter;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quintiles q && q.smallerIsBetter == smallerIsBetter && Arrays.equals(q.bars, bars);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bars) * 2 + (smallerIsBetter ? 1 : 0);
  }

  @Override
  public String toString() {
    return "Quintiles{" + (smallerIsBetter ? "fewer is better" : "more is better") + "}";
  }
}
