package io.crmkit.scoring.summary;

import io.crmkit.core.validation.Require;
import io.crmkit.scoring.rank.SortedValues;
import io.crmkit.scoring.transactions.TransactionLog;
import java.util.Arrays;

/**
 * Per-customer purchase summaries over a transaction log, by dense customer index: purchases, total
 * value (minor units), first and last purchase day. A mergeable partial: summarizing chunks of a log
 * (slices sharing its customer index) and merging gives exactly the summary of the whole log, in any
 * order, so hosts can summarize partitions on Spark or Flink, or in parallel streams, and merge.
 *
 * <p>Immutable and thread-safe; accessors copy nothing and expose no arrays.
 */
public final class CustomerSummaries {
  /** Marks a customer without purchases in {@link #firstDay} and {@link #lastDay}. */
  public static final int NO_DAY = TransactionLog.NO_DAY;

  private final TransactionLog index;
  private final int[] purchases;
  private final long[] total;
  private final int[] first;
  private final int[] last;
  /** Made on first use by {@link #sortedTotals()}. */
  private volatile SortedValues sortedTotals;

  private CustomerSummaries(TransactionLog index, int[] purchases, long[] total, int[] first, int[] last) {
    this.index = index;
    this.purchases = purchases;
    this.total = total;
    this.first = first;
    this.last = last;
  }

  /**
   * Summarizes a log (or a slice of one). The log keeps these figures already (gathered while it was
   * read or built), so this copies per customer and never passes over the rows again.
   */
  public static CustomerSummaries of(TransactionLog log) {
    Require.notNull(log, "log");
    int n = log.customers();
    int[] purchases = new int[n];
    long[] total = new long[n];
    int[] first = new int[n];
    int[] last = new int[n];
    for (int c = 0; c < n; c++) {
      purchases[c] = log.purchasesOf(c);
      total[c] = log.totalMinorOf(c);
      first[c] = log.firstDayOf(c);
      last[c] = log.lastDayOf(c);
    }
    return new CustomerSummaries(log, purchases, total, first, last);
  }

  /**
   * The customers' total values sorted, made once and shared by every analysis that ranks customers
   * by value (Pareto, pyramid, RFM monetary).
   */
  public SortedValues sortedTotals() {
    SortedValues sorted = sortedTotals;
    if (sorted == null) {
      sorted = SortedValues.of(total);
      sortedTotals = sorted; // a benign race: two threads may both sort; both get equal results
    }
    return sorted;
  }

  /**
   * The summary of both partials: counts and sums add, first days take the minimum, last days the
   * maximum. Both must come from slices of the same log (the same customer index).
   */
  public CustomerSummaries merge(CustomerSummaries other) {
    Require.notNull(other, "other");
    Require.that(other.customers() == customers() && sameIndex(other), "other",
        "must summarize a slice of the same log (same customer index)", other.customers() + " customers");
    int n = customers();
    int[] p = new int[n];
    long[] t = new long[n];
    int[] f = new int[n];
    int[] l = new int[n];
    for (int c = 0; c < n; c++) {
      p[c] = Math.addExact(purchases[c], other.purchases[c]);
      t[c] = Math.addExact(total[c], other.total[c]);
      f[c] = first[c] == NO_DAY ? other.first[c] : other.first[c] == NO_DAY ? first[c] : Math.min(first[c], other.first[c]);
      l[c] = Math.max(last[c], other.last[c]);
    }
    return new CustomerSummaries(index, p, t, f, l);
  }

  private boolean sameIndex(CustomerSummaries other) {
    return index.sameCustomers(other.index);
  }

  public int customers() {
    return purchases.length;
  }

  public String customerId(int customer) {
    return index.customerId(customer);
  }

  public int purchases(int customer) {
    return purchases[customer];
  }

  /** The purchases of all customers together: the number of rows summarized. */
  public long totalPurchases() {
    long total = 0;
    for (int p : purchases) {
      total += p;
    }
    return total;
  }

  /** Total value in minor units. */
  public long totalMinor(int customer) {
    return total[customer];
  }

  /** Epoch day of the first purchase, or {@link #NO_DAY}. */
  public int firstDay(int customer) {
    return first[customer];
  }

  /** Epoch day of the last purchase, or {@link #NO_DAY}. */
  public int lastDay(int customer) {
    return last[customer];
  }

  /** A copy of every customer's total value in minor units, by customer index. */
  public long[] totals() {
    return total.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CustomerSummaries s && s.customers() == customers() && sameIndex(s)
        && Arrays.equals(purchases, s.purchases)
        && Arrays.equals(total, s.total) && Arrays.equals(first, s.first) && Arrays.equals(last, s.last);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(total) * 31 + Arrays.hashCode(purchases);
  }

  @Override
  public String toString() {
    return "CustomerSummaries{" + customers() + " customers}";
  }
}
