package io.crmkit.scoring.clv.history;

import io.crmkit.core.validation.Require;
import io.crmkit.scoring.transactions.TransactionLog;
import java.time.LocalDate;

/**
 * The actual side of a tracking plot: the cohort's cumulative repeat purchase occasions (a day
 * with several purchases counting once, the first purchase not counting) at the end of each period
 * after the cohort's start. A model's expected curve is drawn against it.
 */
public final class RepeatTracking {
  private RepeatTracking() {}

  /**
   * Cumulative repeat occasions at the end of periods 1..{@code periods} after {@code start}, of the
   * customers whose first purchase is on or after {@code start}; element {@code k - 1} is period k.
   */
  public static long[] cumulativeRepeatPurchases(TransactionLog log, LocalDate start, PeriodUnit unit, int periods) {
    Require.notNull(log, "log");
    Require.notNull(start, "start");
    Require.notNull(unit, "unit");
    Require.that(periods >= 1 && periods <= 100_000, "periods", "must lie within 1..100000", periods);
    int origin = Math.toIntExact(start.toEpochDay());
    DaysByCustomer grouped = DaysByCustomer.of(log);
    long[] perPeriod = new long[periods];
    for (int c = 0; c < log.customers(); c++) {
      int from = grouped.start[c];
      int to = grouped.start[c + 1];
      if (from == to || grouped.days[from] < origin) {
        continue;
      }
      for (int i = from + 1; i < to; i++) {
        int day = grouped.days[i];
        if (day == grouped.days[i - 1]) {
          continue;
        }
        // the day's end: a purchase on the last day of period k falls in period k
        int period = (int) Math.ceil((day - origin + 1) / unit.days()) - 1;
        if (period < periods) {
          perPeriod[period]++;
        }
      }
    }
    for (int k = 1; k < periods; k++) {
      perPeriod[k] += perPeriod[k - 1];
    }
    return perPeriod;
  }
}
