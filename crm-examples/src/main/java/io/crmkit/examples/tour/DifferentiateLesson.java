package io.crmkit.examples.tour;

import java.math.BigDecimal;
import io.crmkit.core.money.Money;
import io.crmkit.examples.report.ReportSection;
import io.crmkit.examples.report.ReportTable;
import io.crmkit.examples.report.chart.Axis;
import io.crmkit.examples.report.chart.Bar;
import io.crmkit.examples.report.chart.BarChart;
import io.crmkit.examples.report.chart.BarSeries;
import io.crmkit.examples.report.chart.ChartText;
import io.crmkit.examples.report.chart.HeatCell;
import io.crmkit.examples.report.chart.HeatMap;
import io.crmkit.examples.report.chart.HeatScale;
import io.crmkit.examples.report.chart.LineChart;
import io.crmkit.examples.report.chart.LineSeries;
import io.crmkit.examples.report.chart.Point;
import io.crmkit.examples.report.chart.PointMark;
import io.crmkit.examples.report.chart.ValueFormat;
import io.crmkit.scoring.clv.LifetimeValue;
import io.crmkit.scoring.pareto.AbcClass;
import io.crmkit.scoring.pareto.AbcPolicy;
import io.crmkit.scoring.pareto.LorenzPoint;
import io.crmkit.scoring.pareto.ParetoAnalysis;
import io.crmkit.scoring.pyramid.CustomerPyramid;
import io.crmkit.scoring.pyramid.PyramidPolicy;
import io.crmkit.scoring.pyramid.PyramidTier;
import io.crmkit.scoring.rfm.RfmAnalysis;
import io.crmkit.scoring.rfm.RfmScores;
import io.crmkit.scoring.rfm.RfmSegment;
import io.crmkit.scoring.summary.CustomerSummaries;
import io.crmkit.scoring.transactions.ReadMode;
import io.crmkit.scoring.transactions.TransactionFormat;
import io.crmkit.scoring.transactions.TransactionLog;
import io.crmkit.scoring.transactions.TransactionReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Differentiate by value (IDIC 2), on the real CDNOW log (Fader and Hardie; bundled with its
 * attribution): the 80/20 rule tested on the Lorenz curve, ABC classes, the customer pyramid with
 * counts and revenue shares, the RFM grid, and lifetime value against one period's spend.
 */
final class DifferentiateLesson implements Lesson {
  /** The day the RFM scores are taken: the day after the log ends. */
  static final LocalDate AS_OF = LocalDate.of(1998, 7, 1);

  private final String source;
  private final TransactionLog log;

  DifferentiateLesson() {
    this("CDNOW", readMaster());
  }

  /** A lesson on another transaction log (the tests use one to see the takeaway follow the data). */
  DifferentiateLesson(String source, TransactionLog log) {
    this.source = source;
    this.log = log;
  }

  @Override
  public String name() {
    return "differentiate";
  }

  @Override
  public void teach(LessonText text, ReportSection.Builder section) {
    CustomerSummaries summaries = CustomerSummaries.of(log);
    ParetoAnalysis pareto = ParetoAnalysis.of(summaries);
    section.paragraph(text.text("data", source, LessonText.count(log.size()), LessonText.count(log.customers())));

    double top20 = pareto.valueShareOfTop(0.2);
    double customersFor80 = pareto.customerShareFor(0.8);
    section.chart(lorenz(text, pareto, top20));
    Map<AbcClass, Integer> abc = pareto.classCounts(AbcPolicy.DEFAULT);
    List<List<String>> abcRows = new ArrayList<>();
    for (AbcClass k : AbcClass.values()) {
      abcRows.add(List.of(text.name(k), LessonText.count(abc.get(k)),
          LessonText.percent(abc.get(k) / (double) pareto.customers(), 1)));
    }
    section.table(new ReportTable(text.text("abc.caption"), List.of(text.text("col.class"), text.text("col.customers"),
        text.text("col.customerShare")), abcRows));

    CustomerPyramid pyramid = CustomerPyramid.of(summaries, PyramidPolicy.DEFAULT);
    Map<PyramidTier, Long> revenue = new EnumMap<>(PyramidTier.class);
    long total = 0;
    for (int c = 0; c < summaries.customers(); c++) {
      revenue.merge(pyramid.tierOf(c), summaries.totalMinor(c), Long::sum);
      total += summaries.totalMinor(c);
    }
    section.chart(pyramid(text, pyramid.counts(), revenue, total));

    RfmAnalysis rfm = RfmAnalysis.of(log, summaries, AS_OF, RfmSegment.DEFAULTS);
    HeatMapWithPeak grid = rfm(text, rfm);
    section.chart(grid.chart());

    LifetimeValue loyal = LifetimeValue.of(Money.of("40.00", "USD"), new BigDecimal("0.85"), new BigDecimal("0.10"), 10);
    LifetimeValue oneOff = LifetimeValue.of(Money.of("120.00", "USD"), new BigDecimal("0.15"), new BigDecimal("0.10"), 10);
    section.paragraph(text.text("clv", loyal.value(), oneOff.value()));

    double keyShare = revenue.getOrDefault(PyramidTier.KEY, 0L) / (double) total;
    section.takeaway(text.text("takeaway", LessonText.percent(customersFor80, 1), LessonText.percent(top20, 0),
        LessonText.percent(keyShare, 0), grid.peak(), LessonText.count(grid.peakCount())));
  }

  private static LineChart lorenz(LessonText text, ParetoAnalysis pareto, double top20) {
    List<Point> curve = new ArrayList<>();
    for (LorenzPoint p : pareto.lorenz(201)) {
      curve.add(Point.of(p.customerShare(), p.valueShare()));
    }
    double bottom80 = 1 - top20;
    return LineChart.of(
            ChartText.of(text.text("lorenz.title"), text.text("lorenz.caption", LessonText.percent(bottom80, 0),
                LessonText.decimal(pareto.gini(), 2))),
            Axis.of(text.text("lorenz.x"), ValueFormat.percent()).covering(0, 1),
            Axis.of(text.text("lorenz.y"), ValueFormat.percent()).covering(0, 1),
            List.of(LineSeries.line(text.text("lorenz.curve"), curve),
                LineSeries.line(text.text("lorenz.equality"), List.of(Point.of(0, 0), Point.of(1, 1)))))
        .withMark(new PointMark(Point.of(0.8, 0.2), text.text("lorenz.rule"), PointMark.Placement.BELOW_RIGHT))
        .withMark(new PointMark(Point.of(0.8, bottom80), text.text("lorenz.actual", LessonText.percent(bottom80, 0)),
            PointMark.Placement.ABOVE_LEFT));
  }

  private static BarChart pyramid(LessonText text, Map<PyramidTier, Integer> counts, Map<PyramidTier, Long> revenue,
      long total) {
    List<String> tiers = new ArrayList<>();
    List<Bar> bars = new ArrayList<>();
    for (PyramidTier tier : PyramidTier.values()) {
      String name = text.name(tier);
      tiers.add(name);
      int n = counts.getOrDefault(tier, 0);
      bars.add(new Bar(name, n, text.text("pyramid.bar", LessonText.count(n),
          LessonText.percent(revenue.getOrDefault(tier, 0L) / (double) total, 1))));
    }
    double keyShare = revenue.getOrDefault(PyramidTier.KEY, 0L) / (double) total;
    return BarChart.horizontal(ChartText.of(text.text("pyramid.title"), text.text("pyramid.caption",
            LessonText.count(counts.getOrDefault(PyramidTier.KEY, 0)), LessonText.percent(keyShare, 1))),
        text.text("pyramid.tier"), tiers, Axis.of(text.text("pyramid.x"), ValueFormat.number()),
        List.of(BarSeries.of(text.text("pyramid.series"), bars)));
  }

  private record HeatMapWithPeak(HeatMap chart, String peak, int peakCount) {}

  private static HeatMapWithPeak rfm(LessonText text, RfmAnalysis rfm) {
    int[][] counts = new int[6][6];
    for (RfmScores s : rfm.scores()) {
      counts[s.r()][s.f()]++;
    }
    List<String> rows = List.of("5", "4", "3", "2", "1");
    List<String> columns = List.of("1", "2", "3", "4", "5");
    List<HeatCell> cells = new ArrayList<>();
    int best = 0;
    String bestCell = "-";
    for (int r = 1; r <= 5; r++) {
      for (int f = 1; f <= 5; f++) {
        if (counts[r][f] > 0) {
          cells.add(HeatCell.of(String.valueOf(r), String.valueOf(f), counts[r][f]));
          if (counts[r][f] > best) {
            best = counts[r][f];
            bestCell = "R" + r + "F" + f;
          }
        }
      }
    }
    HeatMap chart = new HeatMap(ChartText.of(text.text("rfm.title", AS_OF),
            text.text("rfm.caption", bestCell, LessonText.count(best))),
        text.text("rfm.rows"), text.text("rfm.columns"), rows, columns, cells,
        HeatScale.sequential(text.text("rfm.scale"), ValueFormat.number()));
    return new HeatMapWithPeak(chart, bestCell, best);
  }

  static TransactionLog readMaster() {
    try (InputStream in = DifferentiateLesson.class.getResourceAsStream("cdnow/CDNOW_master.txt")) {
      if (in == null) {
        throw new IllegalStateException("cdnow/CDNOW_master.txt is missing from the tour's resources");
      }
      return TransactionReader.read(new InputStreamReader(in, StandardCharsets.US_ASCII), "CDNOW_master.txt",
          TransactionFormat.cdnowMaster(), ReadMode.STRICT).log();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
