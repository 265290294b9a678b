package io.crmkit.scoring.log;

import java.util.stream.IntStream;

/**
 * Per-customer statistics of a log, by dense customer index: purchases, total value (minor units),
 * first and last purchase day ({@link TransactionLog#NO_DAY} without purchases). Gathered while a
 * file is read, or in one pass over the rows of a log built in memory. Never written after building.
 */
final class CustomerStats {
  /** From this many rows on, rows are summed in parts on every core. */
  private static final int PARALLEL_FROM = 1 << 18;

  final int[] purchases;
  final long[] total;
  final int[] first;
  final int[] last;

  CustomerStats(int[] purchases, long[] total, int[] first, int[] last) {
    this.purchases = purchases;
    this.total = total;
    this.first = first;
    this.last = last;
  }

  /** Statistics of {@code customers} customers over {@code rows}. */
  static CustomerStats ofRows(int customers, RowBlocks rows) {
    int blocks = rows.blocks();
    int parts = rows.size() < PARALLEL_FROM ? 1 : Math.min(blocks, Runtime.getRuntime().availableProcessors());
    long[] acc = IntStream.range(0, parts).parallel()
        .mapToObj(p -> accumulate(customers, rows, blocks * p / parts, blocks * (p + 1) / parts))
        .reduce(CustomerStats::combine).orElseGet(() -> accumulate(customers, rows, 0, 0));
    int[] purchases = new int[customers];
    long[] total = new long[customers];
    int[] first = new int[customers];
    int[] last = new int[customers];
    for (int c = 0, b = 0; c < customers; c++, b += 3) {
      total[c] = acc[b];
      purchases[c] = (int) acc[b + 1];
      first[c] = purchases[c] == 0 ? TransactionLog.NO_DAY : (int) (acc[b + 2] >> 32);
      last[c] = purchases[c] == 0 ? TransactionLog.NO_DAY : (int) acc[b + 2];
    }
    return new CustomerStats(purchases, total, first, last);
  }

  /**
   * Blocks {@code from..to} summed into one array, three longs a customer (total; purchases; first
   * day in the high and last day in the low half), so a row touches one place in memory, not four.
   */
  private static long[] accumulate(int customers, RowBlocks rows, int from, int to) {
    long[] acc = new long[3 * customers];
    long empty = CustomerTable.NO_DAYS;
    for (int b = 2; b < acc.length; b += 3) {
      acc[b] = empty;
    }
    for (int k = from; k < to; k++) {
      rows.visitBlock(k, (customer, day, amount, wideAmount, n) -> {
        for (int row = 0; row < n; row++) {
          int b = 3 * customer[row];
          int d = day[row];
          acc[b] = Math.addExact(acc[b], amount != null ? amount[row] : wideAmount[row]);
          acc[b + 1]++;
          long days = acc[b + 2];
          int first = Math.min((int) (days >> 32), d);
          int last = Math.max((int) days, d);
          acc[b + 2] = ((long) first << 32) | (last & 0xffffffffL);
        }
      });
    }
    return acc;
  }

  private static long[] combine(long[] a, long[] b) {
    for (int i = 0; i < a.length; i += 3) {
      a[i] = Math.addExact(a[i], b[i]);
      a[i + 1] += b[i + 1];
      int first = Math.min((int) (a[i + 2] >> 32), (int) (b[i + 2] >> 32));
      int last = Math.max((int) a[i + 2], (int) b[i + 2]);
      a[i + 2] = ((long) first << 32) | (last & 0xffffffffL);
    }
    return a;
  }
}
