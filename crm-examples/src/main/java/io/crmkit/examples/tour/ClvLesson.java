package io.crmkit.examples.tour;

import io.crmkit.scoring.clv.bgnbd.BgNbdModel;
import io.crmkit.scoring.clv.bgnbd.BgNbdParameters;
import io.crmkit.scoring.clv.bgnbd.HoldoutComparison;
import io.crmkit.scoring.clv.fit.FitOptions;
import io.crmkit.scoring.clv.gammagamma.GammaGammaParameters;
import io.crmkit.scoring.clv.history.PeriodUnit;
import io.crmkit.scoring.clv.history.PurchaseHistories;
import io.crmkit.scoring.clv.history.RepeatTracking;
import io.crmkit.scoring.clv.value.CohortScores;
import io.crmkit.scoring.clv.value.CustomerValueModel;
import io.crmkit.scoring.clv.value.DiscountedHorizon;
import io.crmkit.scoring.transactions.ReadMode;
import io.crmkit.scoring.transactions.TransactionFormat;
import io.crmkit.scoring.transactions.TransactionLog;
import io.crmkit.scoring.transactions.TransactionReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * Differentiate by predicted value, on the CDNOW sample (2,357 customers; Fader, Hardie and Lee
 * 2005): fit the BG/NBD and Gamma-Gamma models on 39 calibration weeks, read what the parameters
 * say, check the forecast against the 39 hold-out weeks (the tracking table and the hold-out by
 * frequency), P(alive) of customers with different histories, and the top customers by predicted
 * value against the top customers by past spend.
 */
final class ClvLesson implements ConsoleLesson {
  private static final LocalDate START = LocalDate.of(1997, 1, 1);
  private static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
  private static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);

  @Override
  public String title() {
    return "Predicted customer value (IDIC 2): BG/NBD, P(alive) and discounted CLV on the CDNOW sample";
  }

  @Override
  public void run(PrintStream out) {
    TransactionLog log = read();
    PurchaseHistories cohort = PurchaseHistories.split(log, CALIBRATION_END, HOLDOUT_END, PeriodUnit.WEEKS);
    // Twelve months ahead at 1% a month, valuing revenue (margin 1).
    DiscountedHorizon year = new DiscountedHorizon(12, PeriodUnit.WEEKS.fromDays(PeriodUnit.MONTHS.days()), 0.01, 1);
    CustomerValueModel model = CustomerValueModel.fit(cohort, year, FitOptions.DEFAULT);
    BgNbdModel bgnbd = model.purchases();
    BgNbdParameters p = bgnbd.parameters();
    out.printf(Locale.ROOT, "CDNOW sample: %,d customers, calibration %s..%s, hold-out to %s, time in weeks.%n",
        cohort.customers(), START, CALIBRATION_END, HOLDOUT_END);
    out.println("BG/NBD fit: " + p + " (published: r=0.243, alpha=4.414, a=0.793, b=2.426, LL -9582.4)");
    out.println("  " + bgnbd.diagnostics().orElseThrow().describe());
    out.printf(Locale.ROOT, "  while alive a customer buys %.3f times a week on average (r/alpha); r < 1 means very "
        + "unequal rates: most buy rarely, a few often.%n", p.meanPurchaseRate());
    out.printf(Locale.ROOT, "  after each purchase a customer leaves with probability %.3f on average (a/(a+b)).%n",
        p.meanDropoutProbability());
    GammaGammaParameters g = model.spend().parameters();
    out.printf(Locale.ROOT, "Gamma-Gamma fit: %s (published: p=6.25, q=3.74, v=15.44); mean spend per purchase "
        + "USD %.2f; correlation of frequency and spend %.3f (the model assumes none; weak here).%n", g,
        g.meanValue(), model.spend().frequencyValueCorrelation());

    out.println("Tracking: cumulative repeat purchases, actual against expected (calibration to week 39):");
    long[] actual = RepeatTracking.cumulativeRepeatPurchases(log, START, PeriodUnit.WEEKS, 78);
    double[] expected = bgnbd.expectedCumulativeRepeatPurchases(cohort, 78);
    out.println("  week  actual  expected");
    for (int week = 13; week <= 78; week += 13) {
      out.printf(Locale.ROOT, "  %4d  %6d  %8.1f%n", week, actual[week - 1], expected[week - 1]);
    }
    HoldoutComparison holdout = HoldoutComparison.of(bgnbd, cohort, 7);
    out.println("Hold-out (39 weeks) by purchases in calibration, mean per customer:");
    for (String line : holdout.table().split("\n")) {
      out.println("  " + line);
    }

    out.println("P(alive) at the end of calibration, and purchases expected in the next 39 weeks:");
    for (int i : examples(cohort)) {
      out.printf(Locale.ROOT, "  customer %s: %d repeat purchases, last in week %.1f of %.1f -> P(alive) %.2f, "
          + "expected %.2f%n", cohort.customerId(i), cohort.frequency(i), cohort.recency(i), cohort.age(i),
          bgnbd.probabilityAlive(cohort.frequency(i), cohort.recency(i), cohort.age(i)),
          bgnbd.expectedPurchases(39, cohort.frequency(i), cohort.recency(i), cohort.age(i)));
    }

    CohortScores scores = model.scoreAll(cohort);
    int[] byValue = scores.top(5);
    long[] spend = calibrationSpend(log, cohort);
    int[] bySpend = topBySpend(spend, 5);
    out.println("Top 5 by predicted 12-month value (" + year.describe() + ") against top 5 by spend in calibration:");
    for (int k = 0; k < 5; k++) {
      int v = byValue[k];
      int s = bySpend[k];
      out.printf(Locale.ROOT, "  %d. %s CLV %s (P(alive) %.2f)   |   %s spent USD %.2f (P(alive) %.2f, CLV %s)%n", k + 1,
          cohort.customerId(v), scores.value(v), scores.probabilityAlive(v), cohort.customerId(s),
          spend[s] / 100.0, scores.probabilityAlive(s), scores.value(s));
    }
    long shared = Arrays.stream(byValue).filter(v -> Arrays.stream(bySpend).anyMatch(s -> s == v)).count();
    out.println("  " + shared + " of the top 5 by past spend are in the top 5 by predicted value: a big spender who "
        + "has gone quiet is worth less than the past suggests.");
  }

  /** Customers with different histories: the paper's first customer, a one-off buyer, a regular, a lapsed regular. */
  private static int[] examples(PurchaseHistories cohort) {
    int oneOff = -1;
    int regular = -1;
    int lapsed = -1;
    for (int i = 0; i < cohort.customers(); i++) {
      int x = cohort.frequency(i);
      double gap = cohort.age(i) - cohort.recency(i);
      if (oneOff < 0 && x == 0) {
        oneOff = i;
      }
      if (regular < 0 && x >= 8 && gap < 2) {
        regular = i;
      }
      if (lapsed < 0 && x >= 8 && gap > 20) {
        lapsed = i;
      }
    }
    return new int[] {0, oneOff, regular, lapsed};
  }

  /** Each cohort customer's spend over the calibration period, in cents. */
  private static long[] calibrationSpend(TransactionLog log, PurchaseHistories cohort) {
    long[] byLogIndex = new long[log.customers()];
    long end = CALIBRATION_END.toEpochDay();
    for (int row = 0; row < log.size(); row++) {
      if (log.dayAt(row) <= end) {
        byLogIndex[log.customerAt(row)] += log.amountAt(row);
      }
    }
    long[] spend = new long[cohort.customers()];
    for (int i = 0; i < spend.length; i++) {
      spend[i] = byLogIndex[cohort.logIndex(i)];
    }
    return spend;
  }

  private static int[] topBySpend(long[] spend, int k) {
    return java.util.stream.IntStream.range(0, spend.length).boxed()
        .sorted((x, y) -> spend[x] != spend[y] ? Long.compare(spend[y], spend[x]) : Integer.compare(x, y))
        .limit(k).mapToInt(Integer::intValue).toArray();
  }

  private static TransactionLog read() {
    try (InputStream in = ClvLesson.class.getResourceAsStream("cdnow/CDNOW_sample.txt")) {
      if (in == null) {
        throw new IllegalStateException("cdnow/CDNOW_sample.txt is missing from the tour's resources");
      }
      return TransactionReader.read(new InputStreamReader(in, StandardCharsets.US_ASCII), "CDNOW_sample.txt",
          TransactionFormat.cdnowSample(), ReadMode.STRICT).log();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
