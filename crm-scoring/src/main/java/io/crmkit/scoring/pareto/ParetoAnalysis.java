package io.crmkit.scoring.pareto;

import io.crmkit.core.validation.Require;
import io.crmkit.scoring.rank.SortedValues;
import io.crmkit.scoring.summary.CustomerSummaries;
import java.util.List;
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
    return figures().customerShareFor(valueShare);
  }

  /** The share of value brought by the top {@code customerShare} of customers (rounded up to whole customers). */
  public double valueShareOfTop(double customerShare) {
    return figures().valueShareOfTop(customerShare);
  }

  /** The Gini coefficient of the value distribution, 0..1 (0 for all-zero values). */
  public double gini() {
    return figures().gini();
  }

  /**
   * The Lorenz curve at about {@code points} evenly spaced customer shares, from (0, 0) to (1, 1);
   * each point's customer share is the exact share of whole customers it covers.
   */
  public List<LorenzPoint> lorenz(int points) {
    return figures().lorenz(points);
  }

  /** The base-wide figures, defined on the ranking alone (as a distributed engine computes them). */
  public ParetoFigures figures() {
    return ParetoFigures.of(sorted);
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
    return policy.classFor(sumGreater, sorted.total());
  }

  /**
   * How many customers fall in each class, every class a key (in A, B, C order); unmodifiable. Two
   * searches over the ranking for the classes' cut values ({@link AbcCuts}), then two counts.
   */
  public Map<AbcClass, Integer> classCounts(AbcPolicy policy) {
    Require.notNull(policy, "policy");
    return figures().classCounts(policy);
  }

  /** The actual split in words a manager understands. */
  public String describe() {
    return figures().split().describe();
  }
}
