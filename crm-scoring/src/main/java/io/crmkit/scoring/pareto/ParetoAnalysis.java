package io.crmkit.scoring.pareto;

import io.crmkit.core.validation.Require;
import io.crmkit.scoring.rank.Ranks;
import io.crmkit.scoring.rank.SortedValues;
import io.crmkit.scoring.summary.CustomerSummaries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The 80/20 analysis of customer value (Differentiate, IDIC step 2): the smallest share of customers
 * producing a target share of value, the value share of the top customers, the Lorenz curve, the
 * Gini coefficient and ABC classes. The 80/20 rule is a heuristic; {@link #describe()} states the
 * actual split of the data.
 *
 * <p>Gini = (2 x sum over i of i x v(i)) / (n x total) - (n + 1) / n, values ascending, i from 1;
 * 0 when all customers are worth the same, close to 1 when one customer brings everything.
 *
 * <p>Immutable and thread-safe.
 */
public final class ParetoAnalysis {
  private final long[] values;
  private final SortedValues sorted;

  private ParetoAnalysis(long[] values, SortedValues sorted) {
    this.values = values;
    this.sorted = sorted;
  }

  /** The analysis of per-customer values (minor units, by customer index); at least one customer. */
  public static ParetoAnalysis of(long[] values) {
    Require.notNull(values, "values");
    Require.that(values.length > 0, "values", "must hold at least one customer", 0);
    long[] copy = values.clone();
    return new ParetoAnalysis(copy, SortedValues.of(copy));
  }

  /** The analysis of the summarized customers' total values, sharing their sorted totals. */
  public static ParetoAnalysis of(CustomerSummaries summaries) {
    Require.notNull(summaries, "summaries");
    Require.that(summaries.customers() > 0, "summaries", "must hold at least one customer", 0);
    return new ParetoAnalysis(summaries.totals(), summaries.sortedTotals());
  }

  public int customers() {
    return values.length;
  }

  public long totalMinor() {
    return sorted.total();
  }

  /**
   * The smallest share of customers (the most valuable first) whose value reaches {@code valueShare}
   * of the total; 0 when the total is 0.
   */
  public double customerShareFor(double valueShare) {
    Require.that(valueShare >= 0 && valueShare <= 1, "valueShare", "must be within 0..1", valueShare);
    long total = sorted.total();
    if (total == 0 || valueShare == 0) {
      return 0;
    }
    int n = sorted.size();
    int lo = 1;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.sumOfTop(mid) >= valueShare * total) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo / (double) n;
  }

  /** The share of value brought by the top {@code customerShare} of customers (rounded up to whole customers). */
  public double valueShareOfTop(double customerShare) {
    Require.that(customerShare >= 0 && customerShare <= 1, "customerShare", "must be within 0..1", customerShare);
    long total = sorted.total();
    if (total == 0) {
      return 0;
    }
    int k = Ranks.lastRankOf(customerShare, sorted.size());
    return sorted.sumOfTop(k) / (double) total;
  }

  /** The Gini coefficient of the value distribution, 0..1 (0 for all-zero values). */
  public double gini() {
    long total = sorted.total();
    int n = sorted.size();
    if (total == 0 || n == 1) {
      return 0;
    }
    double weighted = 0;
    for (int i = 0; i < n; i++) {
      weighted += (i + 1) * (double) sorted.ascending(i);
    }
    double g = 2 * weighted / (n * (double) total) - (n + 1) / (double) n;
    return Math.max(0, Math.min(1, g));
  }

  /**
   * The Lorenz curve at about {@code points} evenly spaced customer shares, from (0, 0) to (1, 1);
   * each point's customer share is the exact share of whole customers it covers.
   */
  public List<LorenzPoint> lorenz(int points) {
    Require.that(points >= 2, "points", "must be at least 2", points);
    int n = sorted.size();
    long total = sorted.total();
    List<LorenzPoint> curve = new ArrayList<>(points);
    for (int p = 0; p < points; p++) {
      double share = p / (double) (points - 1);
      int k = (int) Math.round(share * n);
      long poorest = total - sorted.sumOfTop(n - k);
      double actual = k / (double) n;
      curve.add(ImmutableLorenzPoint.of(actual, total == 0 ? actual : poorest / (double) total));
    }
    return curve;
  }

  /**
   * The ABC class of the customer at {@code customer} under {@code policy}: by the share of value of
   * the customers worth more (A while it is below {@code aUpTo}, B below {@code bUpTo}, else C).
   */
  public AbcClass classOf(int customer, AbcPolicy policy) {
    Require.notNull(policy, "policy");
    return classFor(sorted.sumGreater(values[customer]), policy);
  }

  private AbcClass classFor(long sumGreater, AbcPolicy policy) {
    long total = sorted.total();
    if (total == 0) {
      return AbcClass.A;
    }
    double before = sumGreater / (double) total;
    return before < policy.aUpTo() ? AbcClass.A : before < policy.bUpTo() ? AbcClass.B : AbcClass.C;
  }

  /**
   * How many customers fall in each class, every class a key (in A, B, C order); unmodifiable. One
   * pass over the distinct values.
   */
  public Map<AbcClass, Integer> classCounts(AbcPolicy policy) {
    Require.notNull(policy, "policy");
    int[] counts = new int[AbcClass.values().length];
    sorted.forEachDistinctDescending((value, count, greater, sumGreater) ->
        counts[classFor(sumGreater, policy).ordinal()] += count);
    return Ranks.countsByClass(AbcClass.class, counts);
  }

  /** The actual split in words a manager understands. */
  public String describe() {
    double top20 = valueShareOfTop(0.2);
    double for80 = customerShareFor(0.8);
    return String.format(Locale.ROOT, "The top 20%% of customers bring %.1f%% of the value; 80%% of the value "
        + "comes from %.1f%% of the customers (the 80/20 rule is a heuristic: here it is %.0f/80). "
        + "Gini coefficient %.3f.", 100 * top20, 100 * for80, 100 * for80, gini());
  }
}
