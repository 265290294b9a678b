package io.crmkit.examples.report;

import io.crmkit.core.complaint.ComplaintDiagrams;
import io.crmkit.core.complaint.ComplaintState;
import io.crmkit.core.complaint.ComplaintStep;
import io.crmkit.core.complaint.ComplaintWorkflow;
import io.crmkit.core.complaint.Transition;
import io.crmkit.examples.report.chart.Axis;
import io.crmkit.examples.report.chart.Bar;
import io.crmkit.examples.report.chart.BarChart;
import io.crmkit.examples.report.chart.BarSeries;
import io.crmkit.examples.report.chart.Chart;
import io.crmkit.examples.report.chart.ChartText;
import io.crmkit.examples.report.chart.GapChart;
import io.crmkit.examples.report.chart.GapDimension;
import io.crmkit.examples.report.chart.GapLegend;
import io.crmkit.examples.report.chart.HeatCategory;
import io.crmkit.examples.report.chart.HeatCell;
import io.crmkit.examples.report.chart.HeatMap;
import io.crmkit.examples.report.chart.HeatScale;
import io.crmkit.examples.report.chart.LineChart;
import io.crmkit.examples.report.chart.LineSeries;
import io.crmkit.examples.report.chart.MarkerLine;
import io.crmkit.examples.report.chart.Point;
import io.crmkit.examples.report.chart.PointMark;
import io.crmkit.examples.report.chart.StateDiagram;
import io.crmkit.examples.report.chart.StateNode;
import io.crmkit.examples.report.chart.StateTransition;
import io.crmkit.examples.report.chart.ValueFormat;
import io.crmkit.scoring.pareto.LorenzPoint;
import io.crmkit.scoring.pareto.ParetoAnalysis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A sample course report in English or Chinese with one chart of every kind, drawn from seeded
 * synthetic customers (and the real complaint transition table), for the browser test and the
 * README screenshots. Every caption is computed from the data it shows.
 */
final class SampleReport {
  /** Labels of one language. */
  enum Lang { EN, ZH }

  private static final int CUSTOMERS = 2_000;
  private final Lang lang;
  private final long[] revenue;

  SampleReport(Lang lang) {
    this.lang = lang;
    Random random = new Random(18);
    revenue = new long[CUSTOMERS];
    for (int i = 0; i < CUSTOMERS; i++) {
      // heavy-tailed spend in cents: a Pareto draw, as customer revenue usually is
      revenue[i] = Math.round(2_000 / Math.pow(1 - random.nextDouble(), 1 / 1.3));
    }
  }

  private String t(String english, String chinese) {
    return lang == Lang.EN ? english : chinese;
  }

  private static String pct(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  HtmlReport report() {
    List<ReportSection> sections = List.of(
        ReportSection.builder("pareto", t("Differentiate: who brings the revenue", "区分：谁带来了收入"))
            .paragraph(t("Learning goal", "学习目标"), t("Read a Lorenz curve and test the 80/20 rule on data.",
                "读懂洛伦兹曲线，用数据检验 80/20 法则。"))
            .chart(lorenz()).chart(pyramid())
            .table(new ReportTable(t("Top customers", "重要客户"),
                List.of(t("Customer", "客户"), t("Revenue", "收入")),
                List.of(List.of("Tom <& \"Jerry\">", "$1,250.00"), List.of("王小明", "$980.50"))))
            .takeaway(lorenzTakeaway())
            .question(t("Which customers would you call first, and why?", "你会先联系哪些客户？为什么？"))
            .build(),
        ReportSection.builder("rfm", t("RFM grid and contact calendar", "RFM 网格与接触日历"))
            .chart(rfm()).chart(calendar()).build(),
        ReportSection.builder("satisfaction", t("Interact: satisfaction gaps", "互动：满意度差距"))
            .chart(gaps()).chart(tracking()).chart(lifecycle()).build(),
        ReportSection.builder("complaints", t("Interact: the complaint workflow", "互动：投诉处理流程"))
            .chart(complaints())
            .question(t("Which step would you add for a key account?", "对于大客户，你会增加哪一步？"))
            .build());
    return new HtmlReport(lang == Lang.EN ? "en" : "zh-CN", t("crmkit course report", "crmkit 课程报告"),
        List.of(t("Sample data: 2,000 synthetic customers (seed 18).", "示例数据：2,000 位模拟客户（种子 18）。")),
        sections, lang == Lang.EN ? ReportLabels.ENGLISH : ReportLabels.SIMPLIFIED_CHINESE);
  }

  List<Chart> charts() {
    return report().sections().stream().flatMap(s -> s.charts().stream()).toList();
  }

  private String lorenzTakeaway() {
    ParetoAnalysis pareto = ParetoAnalysis.of(revenue);
    return t("The top 20% of customers bring " + pct(pareto.valueShareOfTop(0.2)) + " of revenue.",
        "前 20% 的客户带来了 " + pct(pareto.valueShareOfTop(0.2)) + " 的收入。");
  }

  LineChart lorenz() {
    ParetoAnalysis pareto = ParetoAnalysis.of(revenue);
    List<Point> curve = new ArrayList<>();
    for (LorenzPoint p : pareto.lorenz(201)) {
      curve.add(Point.of(p.customerShare(), p.valueShare()));
    }
    double bottom80 = 1 - pareto.valueShareOfTop(0.2);
    return LineChart.of(
            ChartText.of(t("Revenue concentration (Lorenz curve)", "收入集中度（洛伦兹曲线）"),
                t("The bottom 80% of customers bring " + pct(bottom80) + " of revenue; the 80/20 rule expects 20%; Gini "
                    + String.format(Locale.ROOT, "%.2f", pareto.gini()) + ".",
                    "后 80% 的客户只带来 " + pct(bottom80) + " 的收入；80/20 法则预期为 20%；基尼系数 "
                        + String.format(Locale.ROOT, "%.2f", pareto.gini()) + "。")),
            Axis.of(t("Share of customers, least valuable first (%)", "客户占比，按价值从低到高（%）"),
                ValueFormat.percent()).covering(0, 1),
            Axis.of(t("Cumulative share of revenue (%)", "累计收入占比（%）"), ValueFormat.percent()).covering(0, 1),
            List.of(LineSeries.line(t("Lorenz curve", "洛伦兹曲线"), curve),
                LineSeries.line(t("Line of equality", "绝对平均线"), List.of(Point.of(0, 0), Point.of(1, 1)))))
        .withMark(new PointMark(Point.of(0.8, 0.2), t("80/20 rule", "80/20 法则"), PointMark.Placement.BELOW_RIGHT))
        .withMark(new PointMark(Point.of(0.8, bottom80), t("Actual: 80% → ", "实际：80% → ") + pct(bottom80),
            PointMark.Placement.ABOVE_LEFT));
  }

  BarChart pyramid() {
    long[] sorted = revenue.clone();
    Arrays.sort(sorted);
    long total = Arrays.stream(sorted).sum();
    String[] tiers = {t("Top (1%)", "顶级客户（1%）"), t("Big (4%)", "大客户（4%）"),
        t("Medium (15%)", "中等客户（15%）"), t("Small (80%)", "小客户（80%）")};
    double[] cuts = {0.01, 0.05, 0.20, 1.0};
    List<Bar> bars = new ArrayList<>();
    int from = 0;
    double topShare = 0;
    for (int i = 0; i < tiers.length; i++) {
      int to = (int) Math.round(cuts[i] * CUSTOMERS);
      long sum = 0;
      for (int k = from; k < to; k++) {
        sum += sorted[CUSTOMERS - 1 - k];
      }
      double share = sum / (double) total;
      if (i == 0) {
        topShare = share;
      }
      bars.add(new Bar(tiers[i], to - from, t((to - from) + " customers, " + pct(share) + " of revenue",
          (to - from) + " 位客户，收入占 " + pct(share))));
      from = to;
    }
    return BarChart.horizontal(
        ChartText.of(t("Customer pyramid", "客户金字塔"),
            t("The top 1% of customers bring " + pct(topShare) + " of revenue.",
                "前 1% 的客户带来了 " + pct(topShare) + " 的收入。")),
        t("Tier", "层级"), Arrays.asList(tiers), Axis.of(t("Customers", "客户数"), ValueFormat.number()),
        List.of(BarSeries.of(t("Customers", "客户数"), bars)));
  }

  HeatMap rfm() {
    Random random = new Random(7);
    int[][] counts = new int[5][5];
    for (int i = 0; i < CUSTOMERS; i++) {
      int r = random.nextInt(5);
      int f = Math.min(4, Math.max(0, r - 1 + random.nextInt(3)));
      counts[r][f]++;
    }
    List<String> rows = List.of("5", "4", "3", "2", "1");
    List<String> columns = List.of("1", "2", "3", "4", "5");
    List<HeatCell> cells = new ArrayList<>();
    int best = 0;
    String bestCell = "";
    for (int r = 0; r < 5; r++) {
      for (int f = 0; f < 5; f++) {
        if (counts[r][f] > 0) {
          cells.add(HeatCell.of(String.valueOf(r + 1), String.valueOf(f + 1), counts[r][f]));
          if (counts[r][f] > best) {
            best = counts[r][f];
            bestCell = "R" + (r + 1) + "F" + (f + 1);
          }
        }
      }
    }
    return new HeatMap(ChartText.of(t("RFM grid: customers by recency and frequency", "RFM 网格：按最近购买与频率的客户数"),
            t("The largest cell is " + bestCell + " with " + best + " customers.",
                "最大的格子是 " + bestCell + "，共 " + best + " 位客户。")),
        t("Recency score (5 = most recent)", "最近购买得分（5 = 最近）"), t("Frequency score (5 = most often)",
        "购买频率得分（5 = 最频繁）"), rows, columns, cells,
        HeatScale.sequential(t("Customers", "客户数"), ValueFormat.number()));
  }

  HeatMap calendar() {
    List<String> customers = List.of("Tom <& \"Jerry\">", "李华", "Ana María", "张伟", "O'Brien");
    List<String> days = new ArrayList<>();
    for (int d = 1; d <= 28; d++) {
      days.add(String.valueOf(d));
    }
    String[] letters = {"T", "E", "M"};
    Random random = new Random(3);
    List<HeatCell> cells = new ArrayList<>();
    for (String c : customers) {
      for (String d : days) {
        if (random.nextInt(4) == 0) {
          int k = random.nextInt(3);
          cells.add(new HeatCell(c, d, k + 1, letters[k]));
        }
      }
    }
    return new HeatMap(ChartText.of(t("Contact calendar (T = touch, E = e-mail, M = meeting)",
            "接触日历（T = 接触，E = 邮件，M = 会面）"),
            t(cells.size() + " contacts in 28 days.", "28 天内共 " + cells.size() + " 次接触。")),
        t("Customer", "客户"), t("Day of month", "日期"), customers, days, cells,
        HeatScale.categorical(t("Contact", "接触"), List.of(new HeatCategory("T", t("Touch", "接触")),
            new HeatCategory("E", t("E-mail", "邮件")), new HeatCategory("M", t("Meeting", "会面")))));
  }

  GapChart gaps() {
    List<GapDimension> dims = List.of(
        new GapDimension(t("Reliability", "可靠性"), 6.2, 8.4, 5.6),
        new GapDimension(t("Responsiveness", "响应性"), 5.5, 7.9, 6.8),
        new GapDimension(t("Assurance", "保证性"), 5.9, 8.0, 7.1),
        new GapDimension(t("Empathy", "移情性"), 4.8, 7.2, 7.6),
        new GapDimension(t("Tangibles", "有形性"), 4.5, 6.9, 5.2));
    GapDimension worst = dims.stream().min((a, b) -> Double.compare(a.perceived() - a.adequate(),
        b.perceived() - b.adequate())).orElseThrow();
    return new GapChart(ChartText.of(t("Satisfaction gaps against the tolerance zone", "满意度差距与容忍区"),
            t(worst.name() + " falls " + String.format(Locale.ROOT, "%.1f", worst.adequate() - worst.perceived())
                + " points below the adequate level.", worst.name() + " 比合格水平低 "
                + String.format(Locale.ROOT, "%.1f", worst.adequate() - worst.perceived()) + " 分。")),
        Axis.of(t("Rating (1 = poor, 9 = excellent)", "评分（1 = 很差，9 = 很好）"), ValueFormat.number())
            .covering(1, 9), dims,
        lang == Lang.EN ? GapLegend.ENGLISH : new GapLegend("容忍区（合格至理想）", "感知：低于合格", "感知：在容忍区内",
            "感知：高于理想"));
  }

  LineChart tracking() {
    Random random = new Random(11);
    List<Point> expected = new ArrayList<>();
    List<Point> actual = new ArrayList<>();
    double e = 0;
    double a = 0;
    for (int week = 0; week <= 52; week++) {
      e += 40 - week * 0.3;
      a += 40 - week * 0.3 + random.nextGaussian() * 6;
      expected.add(Point.of(week, e));
      actual.add(Point.of(week, a));
    }
    return LineChart.of(ChartText.of(t("Tracking plot: cumulative purchases by week", "跟踪图：按周累计购买"),
                t("After week 52 actual purchases differ from the model by "
                    + String.format(Locale.ROOT, "%.1f%%", 100 * (a - e) / e) + ".",
                    "第 52 周时实际购买与模型相差 " + String.format(Locale.ROOT, "%.1f%%", 100 * (a - e) / e) + "。")),
            Axis.of(t("Week", "周"), ValueFormat.number()).covering(0, 52),
            Axis.of(t("Cumulative purchases", "累计购买次数"), ValueFormat.number()).covering(0, 1),
            List.of(LineSeries.line(t("Actual", "实际"), actual), LineSeries.line(t("Model (BG/NBD)", "模型（BG/NBD）"),
                expected)))
        .withMarkerLine(new MarkerLine(26, t("End of calibration", "校准期结束")));
  }

  BarChart lifecycle() {
    List<String> stages = List.of(t("Prospect", "潜在客户"), t("New", "新客户"), t("Active", "活跃客户"),
        t("At risk", "流失风险"), t("Lapsed", "已流失"));
    int[] thisYear = {420, 310, 780, 160, 330};
    int[] lastYear = {380, 290, 700, 210, 420};
    List<Bar> now = new ArrayList<>();
    List<Bar> before = new ArrayList<>();
    for (int i = 0; i < stages.size(); i++) {
      now.add(Bar.of(stages.get(i), thisYear[i]));
      before.add(Bar.of(stages.get(i), lastYear[i]));
    }
    int lapsedChange = thisYear[4] - lastYear[4];
    return BarChart.vertical(ChartText.of(t("Customers per lifecycle stage", "各生命周期阶段的客户数"),
            t("Lapsed customers changed by " + lapsedChange + " year on year.", "已流失客户同比变化 " + lapsedChange
                + " 位。")),
        t("Lifecycle stage", "生命周期阶段"), stages, Axis.of(t("Customers", "客户数"), ValueFormat.number()),
        List.of(BarSeries.of(t("Last year", "去年"), before), BarSeries.of(t("This year", "今年"), now)));
  }

  StateDiagram complaints() {
    Set<ComplaintStep> everywhere = ComplaintDiagrams.stepsInEveryActiveState();
    List<StateNode> states = new ArrayList<>();
    for (ComplaintState s : ComplaintState.values()) {
      String label = lang == Lang.EN ? words(s.name()) : ZH_STATES.get(s);
      states.add(s == ComplaintState.CLOSED ? StateNode.terminal(s.name(), label) : StateNode.of(s.name(), label));
    }
    List<StateTransition> transitions = new ArrayList<>();
    for (Transition row : ComplaintWorkflow.transitions()) {
      if (!everywhere.contains(row.step()) && !row.returnsToPrevious()) {
        transitions.add(new StateTransition(row.from().name(), row.to().name(),
            lang == Lang.EN ? words(row.step().name()) : row.step().name()));
      }
    }
    return StateDiagram.of(ChartText.of(t("Complaint workflow", "投诉处理流程"),
            t(transitions.size() + " steps between " + states.size() + " states, drawn from the engine's table.",
                "引擎转移表中的 " + transitions.size() + " 个步骤、" + states.size() + " 个状态。")),
            ComplaintState.RECEIVED.name(), states, transitions)
        .withNote(t("In every active state: ", "所有活动状态下均可：") + String.join(", ",
            everywhere.stream().map(s -> lang == Lang.EN ? words(s.name()) : s.name()).toList()));
  }

  private static String words(String constant) {
    String w = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  private static final Map<ComplaintState, String> ZH_STATES = new EnumMap<>(Map.ofEntries(
      Map.entry(ComplaintState.RECEIVED, "已受理"), Map.entry(ComplaintState.ACKNOWLEDGED, "已确认"),
      Map.entry(ComplaintState.INVESTIGATING, "调查中"), Map.entry(ComplaintState.VALID, "投诉成立"),
      Map.entry(ComplaintState.NOT_VALID, "投诉不成立"), Map.entry(ComplaintState.EXPLAINED, "已解释"),
      Map.entry(ComplaintState.REMEDY_PROPOSED, "已提出补救方案"), Map.entry(ComplaintState.REMEDY_ACCEPTED, "客户接受方案"),
      Map.entry(ComplaintState.REMEDY_DECLINED, "客户拒绝方案"), Map.entry(ComplaintState.REMEDY_IMPLEMENTED, "方案已实施"),
      Map.entry(ComplaintState.FOLLOWED_UP, "已回访"), Map.entry(ComplaintState.CLOSED, "已结案"),
      Map.entry(ComplaintState.REOPENED, "重新打开"), Map.entry(ComplaintState.SHELVED, "已搁置")));
}
