package io.crmkit.scoring.pareto;

import io.crmkit.core.validation.Require;
import io.crmkit.scoring.rank.RankedValues;
import io.crmkit.scoring.rank.Ranks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The base-wide figures of the 80/20 analysis, defined once over any {@link RankedValues}: the
 * smallest share of customers bringing a share of the value, the value share of the top customers,
 * the Lorenz curve, the Gini coefficient and the ABC class counts. {@link ParetoAnalysis} reads them
 * from its sorted values on one machine; a distributed engine reads them from its sorted partitions,
 * each figure from a bounded number of answers (a Lorenz point is one sum, a share one search).
 *
 * <p>Gini = (2 x sum over i of i x v(i)) / (n x total) - (n + 1) / n, values ascending, i from 1,
 * clamped to 0..1; 0 when all customers are worth the same or there is one customer.
 *
 * <p>Immutable and thread-safe when its values are.
 */
public final class ParetoFigures {
  private final RankedValues values;

  private ParetoFigures(RankedValues values) {
    this.values = values;
  }

  /** The figures of {@code values}; at least one customer. */
  public static ParetoFigures of(RankedValues values) {
    Require.notNull(values, "values");
    Require.that(values.size() > 0, "values", "must hold at least one customer", 0);
    return new ParetoFigures(values);
  }

  public int customers() {
    return values.size();
  }

  public long totalMinor() {
    return values.total();
  }

  /**
   * The smallest share of customers (the most valuable first) whose value reaches {@code valueShare}
   * of the total; 0 when the total or the share is 0.
   */
  public double customerShareFor(double valueShare) {
    Require.that(valueShare >= 0 && valueShare <= 1, "valueShare", "must be within 0..1", valueShare);
    long total = values.total();
    if (total == 0 || valueShare == 0) {
      return 0;
    }
    int n = values.size();
    // the first k in 1..n whose top k reach the share: 1 + how many k fall short, a prefix of 1..n
    int shortOf = Ranks.prefixLength(n, values.searchBatch(), positions -> {
      int[] counts = new int[positions.length];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = positions[i] + 1;
      }
      long[] sums = values.sumsOfTop(counts);
      boolean[] in = new boolean[positions.length];
      for (int i = 0; i < in.length; i++) {
        in[i] = !(sums[i] >= valueShare * total);
      }
      return in;
    });
    return Math.min(n, shortOf + 1) / (double) n;
  }

  /** The share of value brought by the top {@code customerShare} of customers (rounded up to whole customers). */
  public double valueShareOfTop(double customerShare) {
    Require.that(customerShare >= 0 && customerShare <= 1, "customerShare", "must be within 0..1", customerShare);
    long total = values.total();
    if (total == 0) {
      return 0;
    }
    int k = Ranks.lastRankOf(customerShare, values.size());
    return values.sumsOfTop(new int[] {k})[0] / (double) total;
  }

  /** The Gini coefficient of the value distribution, 0..1 (0 for all-zero values). */
  public double gini() {
    long total = values.total();
    int n = values.size();
    if (total == 0 || n == 1) {
      return 0;
    }
    double g = 2 * values.weightedRankSum() / (n * (double) total) - (n + 1) / (double) n;
    return Math.max(0, Math.min(1, g));
  }

  /**
   * The Lorenz curve at {@code points} evenly spaced customer shares, from (0, 0) to (1, 1); each
   * point's customer share is the exact share of whole customers it covers. One batch of sums.
   */
  public List<LorenzPoint> lorenz(int points) {
    Require.that(points >= 2, "points", "must be at least 2", points);
    int n = values.size();
    long total = values.total();
    int[] poorest = new int[points];
    int[] richest = new int[points];
    for (int p = 0; p < points; p++) {
      double share = p / (double) (points - 1);
      poorest[p] = (int) Math.round(share * n);
      richest[p] = n - poorest[p];
    }
    long[] top = values.sumsOfTop(richest);
    List<LorenzPoint> curve = new ArrayList<>(points);
    for (int p = 0; p < points; p++) {
      double actual = poorest[p] / (double) n;
      curve.add(ImmutableLorenzPoint.of(actual, total == 0 ? actual : (total - top[p]) / (double) total));
    }
    return List.copyOf(curve);
  }

  /** The value at which each ABC class begins under {@code policy}. */
  public AbcCuts abcCuts(AbcPolicy policy) {
    return AbcCuts.of(values, policy);
  }

  /** How many customers fall in each class, every class a key (A, B, C order); unmodifiable. */
  public Map<AbcClass, Integer> classCounts(AbcPolicy policy) {
    return abcCuts(policy).counts(values);
  }

  /** The actual split: the top fifth's share, the share of customers behind four fifths of the value, Gini. */
  public ParetoSplit split() {
    return ImmutableParetoSplit.builder().customers(customers()).totalMinor(totalMinor())
        .topFifthValueShare(valueShareOfTop(0.2)).customerShareForFourFifths(customerShareFor(0.8)).gini(gini())
        .build();
  }
}
