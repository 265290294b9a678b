package io.crmkit.scoring.transactions.internal;

import java.util.stream.IntStream;

/**
 * Per-customer statistics of a log, by dense customer index: purchases, total value (minor units),
 * first and last purchase day ({@link #NO_DAY} without purchases). Gathered while a file is read,
 * or in one pass over the rows of a log built in memory. Never written after building.
 *
 * <p>Internal to the transaction log and its readers; not exported, not API.
 */
public final class CustomerStats {
  /** The first and last day of a customer without purchases. */
  public static final int NO_DAY = Integer.MIN_VALUE;
  /** From this many rows on, rows are summed in parts on every core. */
  private static final int PARALLEL_FROM = 1 << 18;
  /** No purchase yet: first day MAX_VALUE in the high half, last day MIN_VALUE in the low half. */
  static final long NO_DAYS = ((long) Integer.MAX_VALUE << 32) | (Integer.MIN_VALUE & 0xffffffffL);

  private final int[] purchases;
  private final long[] total;
  private final int[] first;
  private final int[] last;

  CustomerStats(int[] purchases, long[] total, int[] first, int[] last) {
    this.purchases = purchases;
    this.total = total;
    this.first = first;
    this.last = last;
  }

  /** The purchases of customer {@code c} (a dense index). */
  public int purchases(int c) {
    return purchases[c];
  }

  /** The total value of customer {@code c}'s purchases, in minor units. */
  public long total(int c) {
    return total[c];
  }

  /** The epoch day of customer {@code c}'s first purchase, or {@link #NO_DAY}. */
  public int first(int c) {
    return first[c];
  }

  /** The epoch day of customer {@code c}'s last purchase, or {@link #NO_DAY}. */
  public int last(int c) {
    return last[c];
  }

  /** The span of one day: first and last day in one long, the first in the high half. */
  static long span(int day) {
    return ((long) day << 32) | (day & 0xffffffffL);
  }

  /** The span covering both (first days take the minimum, last days the maximum). */
  static long widen(long a, long b) {
    int first = Math.min((int) (a >> 32), (int) (b >> 32));
    int last = Math.max((int) a, (int) b);
    return ((long) first << 32) | (last & 0xffffffffL);
  }

  /** Statistics from purchases, totals and day spans by customer ({@link #NO_DAYS} without purchases). */
  static CustomerStats of(int[] purchases, long[] total, long[] spans) {
    int[] first = new int[purchases.length];
    int[] last = new int[purchases.length];
    for (int c = 0; c < purchases.length; c++) {
      setDays(c, purchases[c], spans[c], first, last);
    }
    return new CustomerStats(purchases, total, first, last);
  }

  /**
   * Sets customer {@code c}'s first and last day from its day span, or {@link #NO_DAY}
   * without purchases.
   */
  static void setDays(int c, int purchases, long span, int[] first, int[] last) {
    first[c] = purchases == 0 ? NO_DAY : (int) (span >> 32);
    last[c] = purchases == 0 ? NO_DAY : (int) span;
  }

  /** Statistics of {@code customers} customers over {@code rows}. */
  public static CustomerStats ofRows(int customers, RowBlocks rows) {
    int blocks = rows.blocks();
    int parts = rows.size() < PARALLEL_FROM ? 1 : Math.min(blocks, Runtime.getRuntime().availableProcessors());
    long[] acc = IntStream.range(0, parts).parallel()
        .mapToObj(p -> accumulate(customers, rows, blocks * p / parts, blocks * (p + 1) / parts))
        .reduce(CustomerStats::combine).orElseGet(() -> accumulate(customers, rows, 0, 0));
    int[] purchases = new int[customers];
    long[] total = new long[customers];
    long[] spans = new long[customers];
    for (int c = 0, b = 0; c < customers; c++, b += 3) {
      total[c] = acc[b];
      purchases[c] = (int) acc[b + 1];
      spans[c] = acc[b + 2];
    }
    return of(purchases, total, spans);
  }

  /**
   * Blocks {@code from..to} summed into one array, three longs a customer (total; purchases; day
   * span), so a row touches one place in memory, not four.
   */
  private static long[] accumulate(int customers, RowBlocks rows, int from, int to) {
    long[] acc = new long[3 * customers];
    for (int b = 2; b < acc.length; b += 3) {
      acc[b] = NO_DAYS;
    }
    for (int k = from; k < to; k++) {
      rows.visitBlock(k, (customer, day, amount, wideAmount, n) -> {
        for (int row = 0; row < n; row++) {
          int b = 3 * customer[row];
          acc[b] = Math.addExact(acc[b], amount != null ? amount[row] : wideAmount[row]);
          acc[b + 1]++;
          acc[b + 2] = widen(acc[b + 2], span(day[row]));
        }
      });
    }
    return acc;
  }

  private static long[] combine(long[] a, long[] b) {
    for (int i = 0; i < a.length; i += 3) {
      a[i] = Math.addExact(a[i], b[i]);
      a[i + 1] += b[i + 1];
      a[i + 2] = widen(a[i + 2], b[i + 2]);
    }
    return a;
  }
}
