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
import io.crmkit.examples.report.ReportSection;
import io.crmkit.examples.report.ReportTable;
import io.crmkit.examples.report.chart.Axis;
import io.crmkit.examples.report.chart.ChartText;
import io.crmkit.examples.report.chart.LineChart;
import io.crmkit.examples.report.chart.LineSeries;
import io.crmkit.examples.report.chart.MarkerLine;
import io.crmkit.examples.report.chart.Point;
import io.crmkit.examples.report.chart.ValueFormat;
import java.util.ArrayList;
import java.util.List;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Differentiate by predicted value, on the CDNOW sample (2,357 customers; Fader, Hardie and Lee
 * 2005): fit the BG/NBD and Gamma-Gamma models on 39 calibration weeks, read what the parameters
 * say, check the forecast against the 39 hold-out weeks (the tracking table and the hold-out by
 * frequency), P(alive) of customers with different histories, and the top customers by predicted
 * value against the top customers by past spend.
 */
final class ClvLesson implements Lesson {
  private static final LocalDate START = LocalDate.of(1997, 1, 1);
  private static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
  private static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);
  private static final int WEEKS = 78;
  private static final int CALIBRATION_WEEKS = 39;

  private final TransactionLog log;

  ClvLesson() {
    this(read());
  }

  /** A lesson on another log of the same cohort (the tests use one to see the takeaway follow the data). */
  ClvLesson(TransactionLog log) {
    this.log = log;
  }

  @Override
  public String name() {
    return "clv";
  }

  @Override
  public void teach(LessonText text, ReportSection.Builder section) {
    PurchaseHistories cohort = PurchaseHistories.split(log, CALIBRATION_END, HOLDOUT_END, PeriodUnit.WEEKS);
    // Twelve months ahead at 1% a month, valuing revenue (margin 1).
    DiscountedHorizon year = new DiscountedHorizon(12, PeriodUnit.WEEKS.fromDays(PeriodUnit.MONTHS.days()), 0.01, 1);
    CustomerValueModel model = CustomerValueModel.fit(cohort, year, FitOptions.DEFAULT);
    BgNbdModel bgnbd = model.purchases();
    BgNbdParameters p = bgnbd.parameters();
    GammaGammaParameters g = model.spend().parameters();
    section.paragraph(text.text("data", LessonText.count(cohort.customers()), START, CALIBRATION_END, HOLDOUT_END));
    section.table(new ReportTable(text.text("fit.caption"), List.of(text.text("col.model"), text.text("col.fitted"),
        text.text("col.published"), text.text("col.meaning")), List.of(
            List.of("BG/NBD", p.toString(), "r=0.243, alpha=4.414, a=0.793, b=2.426",
                text.text("fit.bgnbd", LessonText.decimal(p.meanPurchaseRate(), 3),
                    LessonText.decimal(p.meanDropoutProbability(), 3))),
            List.of("Gamma-Gamma", g.toString(), "p=6.25, q=3.74, v=15.44",
                text.text("fit.gg", LessonText.decimal(g.meanValue(), 2),
                    LessonText.decimal(model.spend().frequencyValueCorrelation(), 3))))));
    section.paragraph(bgnbd.diagnostics().orElseThrow().describe(text.locale()));

    long[] actual = RepeatTracking.cumulativeRepeatPurchases(log, START, PeriodUnit.WEEKS, WEEKS);
    double[] expected = bgnbd.expectedCumulativeRepeatPurchases(cohort, WEEKS);
    List<Point> actualPoints = new ArrayList<>();
    List<Point> expectedPoints = new ArrayList<>();
    for (int week = 1; week <= WEEKS; week++) {
      actualPoints.add(Point.of(week, actual[week - 1]));
      expectedPoints.add(Point.of(week, expected[week - 1]));
    }
    double endError = (actual[WEEKS - 1] - expected[WEEKS - 1]) / expected[WEEKS - 1];
    section.chart(LineChart.of(ChartText.of(text.text("tracking.title"), text.text("tracking.caption", WEEKS,
                LessonText.count(actual[WEEKS - 1]), LessonText.count(Math.round(expected[WEEKS - 1])),
                LessonText.percent(endError, 1))),
            Axis.of(text.text("tracking.x"), ValueFormat.number()).covering(0, WEEKS),
            Axis.of(text.text("tracking.y"), ValueFormat.number()).covering(0, 1),
            List.of(LineSeries.line(text.text("tracking.actual"), actualPoints),
                LineSeries.line(text.text("tracking.expected"), expectedPoints)))
        .withMarkerLine(new MarkerLine(CALIBRATION_WEEKS, text.text("tracking.calibrationEnd"))));

    HoldoutComparison holdout = HoldoutComparison.of(bgnbd, cohort, 7);
    List<List<String>> groups = new ArrayList<>();
    for (HoldoutComparison.Group group : holdout.groups()) {
      groups.add(List.of(group.label(), LessonText.count(group.customers()), LessonText.decimal(group.actualMean(), 3),
          LessonText.decimal(group.expectedMean(), 3)));
    }
    section.table(new ReportTable(text.text("holdout.caption"), List.of(text.text("col.frequency"),
        text.text("col.customers"), text.text("col.actual"), text.text("col.expected")), groups));

    List<List<String>> alive = new ArrayList<>();
    for (int i : examples(cohort)) {
      alive.add(List.of(cohort.customerId(i), String.valueOf(cohort.frequency(i)), LessonText.decimal(cohort.recency(i), 1),
          LessonText.decimal(cohort.age(i), 1),
          LessonText.decimal(bgnbd.probabilityAlive(cohort.frequency(i), cohort.recency(i), cohort.age(i)), 2),
          LessonText.decimal(bgnbd.expectedPurchases(39, cohort.frequency(i), cohort.recency(i), cohort.age(i)), 2)));
    }
    section.table(new ReportTable(text.text("alive.caption"), List.of(text.text("col.customer"), text.text("col.repeat"),
        text.text("col.last"), text.text("col.age"), "P(alive)", text.text("col.next39")), alive));

    CohortScores scores = model.scoreAll(cohort);
    int[] byValue = scores.top(5);
    long[] spend = calibrationSpend(log, cohort);
    int[] bySpend = topBySpend(spend, 5);
    List<List<String>> top = new ArrayList<>();
    for (int k = 0; k < 5; k++) {
      int v = byValue[k];
      int s = bySpend[k];
      top.add(List.of(String.valueOf(k + 1), cohort.customerId(v), scores.value(v).toString(),
          LessonText.decimal(scores.probabilityAlive(v), 2), cohort.customerId(s),
          "USD " + LessonText.decimal(spend[s] / 100.0, 2), LessonText.decimal(scores.probabilityAlive(s), 2)));
    }
    section.table(new ReportTable(text.text("top.caption", year.describe(text.locale())), List.of("#", text.text("col.byValue"),
        text.text("col.clv"), "P(alive)", text.text("col.bySpend"), text.text("col.spend"), "P(alive)"), top));
    long shared = Arrays.stream(byValue).filter(v -> Arrays.stream(bySpend).anyMatch(s -> s == v)).count();
    section.takeaway(text.text("takeaway", LessonText.percent(Math.abs(endError), 1),
        endError >= 0 ? text.text("more") : text.text("fewer"), shared));
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

  static TransactionLog read() {
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
