package io.crmkit.scoring.pyramid;

import io.crmkit.core.validation.Require;
import io.crmkit.scoring.rank.SortedValues;
import io.crmkit.scoring.summary.CustomerSummaries;
import java.util.Map;

/**
 * The customer pyramid (Differentiate, IDIC step 2): key, major, ordinary and small customers by rank
 * or by value, each placement explainable. Customers of equal value always share a tier.
 *
 * <p>Immutable and thread-safe.
 */
public final class CustomerPyramid {
  private final CustomerSummaries summaries;
  private final SortedValues sorted;
  private final PyramidPolicy policy;
  /** The last rank of KEY, MAJOR and ORDINARY, by ordinal, when tiers are set by rank. */
  private final int[] lastRank;
  private static final PyramidTier[] TIERS = PyramidTier.values();
  /** Where each tier begins, the one definition of placement shared with distributed engines. */
  private final PyramidCuts cuts;

  private CustomerPyramid(CustomerSummaries summaries, PyramidPolicy policy) {
    this.summaries = summaries;
    this.sorted = summaries.sortedTotals();
    this.policy = policy;
    this.lastRank = new int[3];
    policy.lastRanks(summaries.customers()).ifPresent(last -> {
      for (int t = 0; t < 3; t++) {
        lastRank[t] = last.get(TIERS[t]);
      }
    });
    this.cuts = PyramidCuts.of(sorted, policy);
  }

  /** The pyramid of the summarized customers' total values under {@code policy}. */
  public static CustomerPyramid of(CustomerSummaries summaries, PyramidPolicy policy) {
    Require.notNull(summaries, "summaries");
    Require.notNull(policy, "policy");
    return new CustomerPyramid(summaries, policy);
  }

  public int customers() {
    return summaries.customers();
  }

  /** The competition rank of a customer: 1 + the number of customers worth more. */
  public int rank(int customer) {
    return 1 + sorted.countGreater(summaries.totalMinor(customer));
  }

  public PyramidTier tierOf(int customer) {
    return cuts.tierOf(summaries.totalMinor(customer));
  }

  /** Where each tier begins in this base. */
  public PyramidCuts cuts() {
    return cuts;
  }

  /** The placement of one customer with the rule behind it. */
  public PyramidPlacement placement(int customer) {
    PyramidTier tier = tierOf(customer);
    long v = summaries.totalMinor(customer);
    int r = rank(customer);
    String because;
    if (policy.valueMinimums().isPresent()) {
      because = tier == PyramidTier.SMALL ? "value " + v + " below every minimum"
          : "value " + v + " >= " + policy.valueMinimums().get().get(tier) + ", the minimum of " + tier;
    } else {
      because = tier == PyramidTier.SMALL ? "rank " + r + " > " + lastRank[2] + ", below the last ORDINARY rank"
          : "rank " + r + " <= " + lastRank[tier.ordinal()] + ", the last rank of " + tier;
    }
    return ImmutablePyramidPlacement.builder().customerId(summaries.customerId(customer)).tier(tier).rank(r)
        .valueMinor(v).because(because).build();
  }

  /**
   * How many customers each tier holds, every tier a key (in KEY, MAJOR, ORDINARY, SMALL order);
   * unmodifiable. Three counts at the tiers' cut values.
   */
  public Map<PyramidTier, Integer> counts() {
    return cuts.counts(sorted);
  }
}
