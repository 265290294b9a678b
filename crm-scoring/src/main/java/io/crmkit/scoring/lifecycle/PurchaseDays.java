package io.crmkit.scoring.lifecycle;

import io.crmkit.scoring.transactions.TransactionLog;
import java.util.Arrays;
import java.util.Optional;

/**
 * A log's rows grouped by customer and sorted by day (a counting sort by customer, then by day within
 * each customer), so the activity of any customer on any day is read from its own rows only.
 */
final class PurchaseDays {
  private final int[] start;
  private final int[] days;
  private final long[] amounts;

  private PurchaseDays(int[] start, int[] days, long[] amounts) {
    this.start = start;
    this.days = days;
    this.amounts = amounts;
  }

  static PurchaseDays of(TransactionLog log) {
    int n = log.customers();
    int[] start = new int[n + 1];
    for (int r = 0; r < log.size(); r++) {
      start[log.customerAt(r) + 1]++;
    }
    for (int c = 0; c < n; c++) {
      start[c + 1] += start[c];
    }
    int[] fill = Arrays.copyOf(start, n);
    long[] keyed = new long[log.size()];
    int[] rowAt = new int[log.size()];
    for (int r = 0; r < log.size(); r++) {
      rowAt[fill[log.customerAt(r)]++] = r;
    }
    int[] days = new int[log.size()];
    long[] amounts = new long[log.size()];
    for (int c = 0; c < n; c++) {
      int from = start[c];
      int to = start[c + 1];
      for (int i = from; i < to; i++) {
        // day in the high bits, position in the low bits: a stable sort by day
        keyed[i] = ((long) log.dayAt(rowAt[i]) << 32) | (i - from);
      }
      Arrays.sort(keyed, from, to);
      for (int i = from; i < to; i++) {
        int row = rowAt[from + (int) (keyed[i] & 0xffffffffL)];
        days[i] = log.dayAt(row);
        amounts[i] = log.amountAt(row);
      }
    }
    return new PurchaseDays(start, days, amounts);
  }

  /** Customer {@code c}'s activity as of {@code asOf} (epoch day), from its rows up to that day only. */
  Optional<CustomerActivity> activity(int c, TransactionLog log, int asOf, LifecyclePolicy policy) {
    int from = start[c];
    int to = start[c + 1];
    if (from == to || days[from] > asOf) {
      return Optional.empty();
    }
    int w = policy.windowDays();
    long lastStart = (long) asOf - w + 1;
    long previousStart = lastStart - w;
    int purchases = 0;
    int lastDay = days[from];
    long spendLast = 0;
    long spendPrevious = 0;
    int inLast = 0;
    int inPrevious = 0;
    for (int i = from; i < to && days[i] <= asOf; i++) {
      purchases++;
      lastDay = days[i];
      if (days[i] >= lastStart) {
        spendLast += amounts[i];
        inLast++;
      } else if (days[i] >= previousStart) {
        spendPrevious += amounts[i];
        inPrevious++;
      }
    }
    return Optional.of(new CustomerActivity(log.customerId(c), java.time.LocalDate.ofEpochDay(asOf),
        asOf - days[from], asOf - lastDay, purchases, spendLast, spendPrevious, inLast, inPrevious, w,
        log.currency().getDefaultFractionDigits()));
  }
}
