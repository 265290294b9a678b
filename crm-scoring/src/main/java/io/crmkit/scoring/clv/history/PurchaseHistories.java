package io.crmkit.scoring.clv.history;

import io.crmkit.core.validation.Require;
import io.crmkit.scoring.transactions.TransactionLog;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * The summary a customer-base model reads, per customer of the cohort: frequency (repeat purchase
 * occasions: the days with a purchase after the first, several purchases on one day counting once),
 * recency (first to last purchase) and age T (first purchase to the end of calibration), in a chosen
 * {@link PeriodUnit}; the average value of the repeat occasions (for the spend model); and, when a
 * hold-out period follows the calibration, the repeat occasions in it (to check the forecasts).
 * Differentiate, IDIC step 2: the input of predicted customer value.
 *
 * <p>The cohort is every customer of the log with a first purchase on or before the calibration end
 * (the others were not yet customers then). Customers are numbered 0..customers()-1 in log order;
 * {@link #logIndex} maps back to the log. Immutable and thread-safe; accessors expose no arrays.
 */
public final class PurchaseHistories {
  private final TransactionLog log;
  private final PeriodUnit unit;
  private final int calibrationEnd;
  private final int holdoutEnd;
  private final int excluded;
  private final int[] logIndex;
  private final int[] frequency;
  private final int[] recencyDays;
  private final int[] ageDays;
  private final int[] firstDay;
  private final long[] repeatValueMinor;
  private final int[] holdout;
  private final double minorPerUnit;

  private PurchaseHistories(TransactionLog log, PeriodUnit unit, int calibrationEnd, int holdoutEnd, int excluded,
      int[] logIndex, int[] frequency, int[] recencyDays, int[] ageDays, int[] firstDay, long[] repeatValueMinor,
      int[] holdout) {
    this.log = log;
    this.unit = unit;
    this.calibrationEnd = calibrationEnd;
    this.holdoutEnd = holdoutEnd;
    this.excluded = excluded;
    this.logIndex = logIndex;
    this.frequency = frequency;
    this.recencyDays = recencyDays;
    this.ageDays = ageDays;
    this.firstDay = firstDay;
    this.repeatValueMinor = repeatValueMinor;
    this.holdout = holdout;
    this.minorPerUnit = minorPerUnit(log.currency());
  }

  /**
   * The calibration summary of a whole log up to and including {@code calibrationEnd}. A purchase
   * after that day is an error (to keep later purchases for checking, use {@link #split}).
   */
  public static PurchaseHistories calibration(TransactionLog log, LocalDate calibrationEnd, PeriodUnit unit) {
    Require.notNull(log, "log");
    Require.notNull(calibrationEnd, "calibrationEnd");
    Require.notNull(unit, "unit");
    int end = Math.toIntExact(calibrationEnd.toEpochDay());
    return build(log, unit, end, end, "calibrationEnd",
        "must not precede a purchase of the log (a calibration summary holds only purchases up to its end; "
            + "use PurchaseHistories.split to keep later ones as a hold-out)");
  }

  /**
   * The calibration summary up to {@code calibrationEnd} and the repeat occasions of the same
   * customers in the hold-out period after it, up to and including {@code holdoutEnd}. The hold-out
   * must not be empty; a purchase after its end is an error.
   */
  public static PurchaseHistories split(TransactionLog log, LocalDate calibrationEnd, LocalDate holdoutEnd,
      PeriodUnit unit) {
    Require.notNull(log, "log");
    Require.notNull(calibrationEnd, "calibrationEnd");
    Require.notNull(holdoutEnd, "holdoutEnd");
    Require.notNull(unit, "unit");
    Require.that(holdoutEnd.isAfter(calibrationEnd), "holdoutEnd",
        "must be after the calibration end " + calibrationEnd + " (a hold-out period must not be empty or negative)",
        holdoutEnd);
    return build(log, unit, Math.toIntExact(calibrationEnd.toEpochDay()), Math.toIntExact(holdoutEnd.toEpochDay()),
        "holdoutEnd", "must not precede a purchase of the log");
  }

  private static PurchaseHistories build(TransactionLog log, PeriodUnit unit, int calEnd, int holdEnd,
      String lateField, String lateRule) {
    int n = log.customers();
    int cohort = 0;
    for (int c = 0; c < n; c++) {
      int last = log.lastDayOf(c);
      if (last != TransactionLog.NO_DAY && last > holdEnd) {
        Require.that(false, lateField, lateRule, LocalDate.ofEpochDay(last));
      }
      if (log.firstDayOf(c) != TransactionLog.NO_DAY && log.firstDayOf(c) <= calEnd) {
        cohort++;
      }
    }
    DaysByCustomer grouped = DaysByCustomer.of(log);
    int[] logIndex = new int[cohort];
    int[] frequency = new int[cohort];
    int[] recency = new int[cohort];
    int[] age = new int[cohort];
    int[] first = new int[cohort];
    int[] holdout = holdEnd > calEnd ? new int[cohort] : null;
    int[] cohortIndex = new int[n];
    int k = 0;
    for (int c = 0; c < n; c++) {
      int from = grouped.start[c];
      int to = grouped.start[c + 1];
      if (from == to || grouped.days[from] > calEnd) {
        cohortIndex[c] = -1;
        continue;
      }
      int firstDay = grouped.days[from];
      int occasionsInCalibration = 1;
      int lastInCalibration = firstDay;
      int occasionsInHoldout = 0;
      for (int i = from + 1; i < to; i++) {
        int day = grouped.days[i];
        if (day == grouped.days[i - 1]) {
          continue;
        }
        if (day <= calEnd) {
          occasionsInCalibration++;
          lastInCalibration = day;
        } else {
          occasionsInHoldout++;
        }
      }
      cohortIndex[c] = k;
      logIndex[k] = c;
      frequency[k] = occasionsInCalibration - 1;
      recency[k] = lastInCalibration - firstDay;
      age[k] = calEnd - firstDay;
      first[k] = firstDay;
      if (holdout != null) {
        holdout[k] = occasionsInHoldout;
      }
      k++;
    }
    long[] repeatValue = new long[cohort];
    for (int row = 0; row < log.size(); row++) {
      int i = cohortIndex[log.customerAt(row)];
      int day = log.dayAt(row);
      if (i >= 0 && day <= calEnd && day != first[i]) {
        repeatValue[i] = Math.addExact(repeatValue[i], log.amountAt(row));
      }
    }
    return new PurchaseHistories(log, unit, calEnd, holdEnd, n - cohort, logIndex, frequency, recency, age, first,
        repeatValue, holdout);
  }

  /** The number of customers in the cohort. */
  public int customers() {
    return frequency.length;
  }

  /** Customers of the log left out: no purchase, or a first purchase after the calibration end. */
  public int excludedCustomers() {
    return excluded;
  }

  public PeriodUnit unit() {
    return unit;
  }

  public Currency currency() {
    return log.currency();
  }

  public LocalDate calibrationEnd() {
    return LocalDate.ofEpochDay(calibrationEnd);
  }

  /** The hold-out's last day, if the summary has a hold-out period. */
  public Optional<LocalDate> holdoutEnd() {
    return holdout == null ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(holdoutEnd));
  }

  /** The hold-out period's length in the model's unit (0 without a hold-out). */
  public double holdoutLength() {
    return unit.fromDays(holdoutEnd - calibrationEnd);
  }

  /** The log's dense index of customer {@code i}. */
  public int logIndex(int i) {
    return logIndex[i];
  }

  /** The external id of customer {@code i}. */
  public String customerId(int i) {
    return log.customerId(logIndex[i]);
  }

  /** Repeat purchase occasions in the calibration period (days with a purchase after the first). */
  public int frequency(int i) {
    return frequency[i];
  }

  /** Time from the first to the last purchase of the calibration period, in the model's unit. */
  public double recency(int i) {
    return unit.fromDays(recencyDays[i]);
  }

  /** Time from the first purchase to the calibration end (the customer's T), in the model's unit. */
  public double age(int i) {
    return unit.fromDays(ageDays[i]);
  }

  public int recencyDays(int i) {
    return recencyDays[i];
  }

  public int ageDays(int i) {
    return ageDays[i];
  }

  /** The day of the first purchase (the customer's acquisition). */
  public LocalDate firstPurchase(int i) {
    return LocalDate.ofEpochDay(firstDay[i]);
  }

  /** The total value of the repeat occasions of the calibration period, in minor units. */
  public long repeatValueMinor(int i) {
    return repeatValueMinor[i];
  }

  /**
   * The average value of a repeat occasion in currency units (the spend model's m-bar), 0 for a
   * customer without repeat purchases.
   */
  public double averageRepeatValue(int i) {
    if (frequency[i] == 0) {
      return 0;
    }
    return repeatValueMinor[i] / (double) frequency[i] / minorPerUnit;
  }

  /**
   * The average value of a repeat occasion in currency units, from a customer's repeat occasions
   * ({@code frequency}) and their total value in minor units of {@code currency}: the same figure
   * as {@link #averageRepeatValue(int)}, for a summary computed elsewhere (a partition of a
   * distributed data set). 0 without repeat purchases.
   */
  public static double averageRepeatValue(int frequency, long repeatValueMinor, Currency currency) {
    Require.that(frequency >= 0, "frequency", "must not be negative", frequency);
    Require.notNull(currency, "currency");
    if (frequency == 0) {
      return 0;
    }
    return repeatValueMinor / (double) frequency / minorPerUnit(currency);
  }

  private static double minorPerUnit(Currency currency) {
    return Math.pow(10, Math.max(0, currency.getDefaultFractionDigits()));
  }

  /** Repeat occasions in the hold-out period; fails without a hold-out. */
  public int holdoutPurchases(int i) {
    Require.that(holdout != null, "holdoutPurchases", "need a hold-out period (PurchaseHistories.split)",
        "a calibration-only summary");
    return holdout[i];
  }

  public boolean hasHoldout() {
    return holdout != null;
  }

  /** The distinct (frequency, recency, age) histories with their counts: what a model is fitted on. */
  public DistinctHistories distinct() {
    return DistinctHistories.of(frequency, recencyDays, ageDays, unit);
  }

  @Override
  public String toString() {
    return "PurchaseHistories{" + customers() + " customers, calibration to " + calibrationEnd()
        + holdoutEnd().map(d -> ", hold-out to " + d).orElse("") + ", in " + unit.name() + "}";
  }
}
