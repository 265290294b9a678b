package io.crmkit.examples.report.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Draws a {@link BarChart}. */
final class BarChartDrawing {
  private static final double CATEGORY_SIZE = 13;
  private static final double VALUE_SIZE = 12;

  private BarChartDrawing() {}

  static String draw(BarChart chart) {
    List<Frame.LegendItem> legend = new ArrayList<>();
    if (chart.series().size() > 1) {
      for (int i = 0; i < chart.series().size(); i++) {
        legend.add(new Frame.LegendItem(Frame.Swatch.SQUARE, "fill s" + i, chart.series().get(i).name()));
      }
    }
    Svg svg = new Svg();
    if (chart.isEmpty()) {
      Frame.noData(svg, Frame.PAD, 10, Frame.WIDTH - 2 * Frame.PAD, 200, chart.text().noData());
      return Frame.compose("bar", Frame.WIDTH, chart.text(), legend, new Frame.Body(svg.toString(), 220));
    }
    double height = chart.orientation() == BarChart.Orientation.HORIZONTAL ? horizontal(svg, chart)
        : vertical(svg, chart);
    return Frame.compose("bar", Frame.WIDTH, chart.text(), legend, new Frame.Body(svg.toString(), height));
  }

  private static double horizontal(Svg svg, BarChart chart) {
    boolean stacked = chart.layout() == BarChart.Layout.STACKED;
    int n = chart.series().size();
    double band = stacked ? 40 : Math.max(40, n * 22 + 14);
    double top = 8;
    double bottom = top + band * chart.categories().size();
    double labelWidth = 0;
    for (String c : chart.categories()) {
      for (String line : TextMetrics.wrap(c, CATEGORY_SIZE, 200)) {
        labelWidth = Math.max(labelWidth, TextMetrics.width(line, CATEGORY_SIZE));
      }
    }
    double valueLabelWidth = 0;
    for (BarSeries s : chart.series()) {
      for (Bar b : s.bars()) {
        valueLabelWidth = Math.max(valueLabelWidth, TextMetrics.width(label(chart, b), VALUE_SIZE));
      }
    }
    if (stacked) {
      valueLabelWidth = 0;
      for (String c : chart.categories()) {
        valueLabelWidth = Math.max(valueLabelWidth,
            TextMetrics.width(chart.valueAxis().format().format(total(chart, c)), VALUE_SIZE));
      }
    }
    double left = Frame.PAD + 24 + labelWidth + 10;
    double right = Frame.WIDTH - Frame.PAD - Math.min(valueLabelWidth + 10, 260);
    LinearScale scale = chart.valueAxis().scale(0, maxValue(chart), 7);
    Axes.horizontal(svg, scale, chart.valueAxis().format(), left, right, top, bottom);
    Axes.horizontalTitle(svg, chart.valueAxis().label(), left, right, bottom + 40);
    Axes.verticalTitle(svg, chart.categoryAxisLabel(), Frame.PAD + 8, top, bottom);

    Map<String, Double> stackEnd = new HashMap<>();
    for (int ci = 0; ci < chart.categories().size(); ci++) {
      String category = chart.categories().get(ci);
      double bandTop = top + ci * band;
      List<String> lines = TextMetrics.wrap(category, CATEGORY_SIZE, 200);
      Frame.lines(svg, left - 8, bandTop + band / 2 + 4.5 - (lines.size() - 1) * 8, "tick category", "end",
          lines, 16);
      for (int si = 0; si < n; si++) {
        Bar bar = find(chart.series().get(si), category);
        if (bar == null) {
          continue;
        }
        String cls = "mark bar fill s" + si;
        if (stacked) {
          double from = stackEnd.getOrDefault(category, 0.0);
          double to = from + bar.value();
          stackEnd.put(category, to);
          double x0 = scale.map(from, left, right);
          double x1 = scale.map(to, left, right);
          double y = bandTop + 8;
          double h = band - 16;
          svg.empty("rect", "class", cls, "x", Svg.num(x0), "y", Svg.num(y), "width", Svg.num(x1 - x0),
              "height", Svg.num(h));
          String text = label(chart, bar);
          if (TextMetrics.width(text, VALUE_SIZE) + 8 <= x1 - x0) {
            svg.text((x0 + x1) / 2, y + h / 2 + 4, "value inside", "middle", text);
          }
        } else {
          double slot = (band - 14) / n;
          double y = bandTop + 7 + si * slot;
          double x1 = scale.map(bar.value(), left, right);
          svg.empty("rect", "class", cls, "x", Svg.num(left), "y", Svg.num(y + 1), "width", Svg.num(x1 - left),
              "height", Svg.num(slot - 2));
          svg.text(x1 + 5, y + slot / 2 + 4, "value", "start", label(chart, bar));
        }
      }
      if (stacked) {
        double end = scale.map(stackEnd.getOrDefault(category, 0.0), left, right);
        svg.text(end + 5, bandTop + band / 2 + 4, "value total", "start",
            chart.valueAxis().format().format(stackEnd.getOrDefault(category, 0.0)));
      }
    }
    return bottom + 50;
  }

  private static double vertical(Svg svg, BarChart chart) {
    boolean stacked = chart.layout() == BarChart.Layout.STACKED;
    int n = chart.series().size();
    double top = 22;
    double bottom = top + 290;
    LinearScale scale = chart.valueAxis().scale(0, maxValue(chart), 7);
    double left = Frame.PAD + 24 + Axes.tickWidth(scale, chart.valueAxis().format()) + 8;
    double right = Frame.WIDTH - Frame.PAD;
    double band = (right - left) / chart.categories().size();
    int maxLines = 1;
    for (String c : chart.categories()) {
      maxLines = Math.max(maxLines, Math.min(3, TextMetrics.wrap(c, CATEGORY_SIZE, band - 6).size()));
    }
    Axes.vertical(svg, scale, chart.valueAxis().format(), left, right, top, bottom);
    Axes.verticalTitle(svg, chart.valueAxis().label(), Frame.PAD + 8, top, bottom);
    double categoryBottom = bottom + 8 + maxLines * 16;
    Axes.horizontalTitle(svg, chart.categoryAxisLabel(), left, right, categoryBottom + 18);

    Map<String, Double> stackEnd = new HashMap<>();
    for (int ci = 0; ci < chart.categories().size(); ci++) {
      String category = chart.categories().get(ci);
      double bandLeft = left + ci * band;
      List<String> lines = TextMetrics.wrap(category, CATEGORY_SIZE, band - 6);
      Frame.lines(svg, bandLeft + band / 2, bottom + 18, "tick category", "middle",
          lines.subList(0, Math.min(3, lines.size())), 16);
      double inner = Math.min(band * 0.8, Math.max(28, n * 36.0));
      double slot = stacked ? inner : inner / n;
      for (int si = 0; si < n; si++) {
        Bar bar = find(chart.series().get(si), category);
        if (bar == null) {
          continue;
        }
        String cls = "mark bar fill s" + si;
        String text = label(chart, bar);
        double textWidth = TextMetrics.width(text, VALUE_SIZE);
        if (stacked) {
          double from = stackEnd.getOrDefault(category, 0.0);
          double to = from + bar.value();
          stackEnd.put(category, to);
          double y0 = scale.map(from, bottom, top);
          double y1 = scale.map(to, bottom, top);
          double x = bandLeft + (band - inner) / 2;
          svg.empty("rect", "class", cls, "x", Svg.num(x), "y", Svg.num(y1), "width", Svg.num(inner),
              "height", Svg.num(y0 - y1));
          if (y0 - y1 >= 16 && textWidth + 6 <= inner) {
            svg.text(x + inner / 2, (y0 + y1) / 2 + 4, "value inside", "middle", text);
          }
        } else {
          double x = bandLeft + (band - inner) / 2 + si * slot;
          double y1 = scale.map(bar.value(), bottom, top);
          svg.empty("rect", "class", cls, "x", Svg.num(x + 1), "y", Svg.num(y1), "width", Svg.num(slot - 2),
              "height", Svg.num(bottom - y1));
          if (textWidth <= slot + (n == 1 ? band - slot : 8)) {
            svg.text(x + slot / 2, y1 - 5, "value", "middle", text);
          }
        }
      }
      if (stacked) {
        double total = stackEnd.getOrDefault(category, 0.0);
        svg.text(bandLeft + band / 2, scale.map(total, bottom, top) - 5, "value total", "middle",
            chart.valueAxis().format().format(total));
      }
    }
    return categoryBottom + 30;
  }

  private static String label(BarChart chart, Bar bar) {
    return bar.label().isEmpty() ? chart.valueAxis().format().format(bar.value()) : bar.label();
  }

  private static Bar find(BarSeries series, String category) {
    for (Bar b : series.bars()) {
      if (b.category().equals(category)) {
        return b;
      }
    }
    return null;
  }

  private static double total(BarChart chart, String category) {
    double sum = 0;
    for (BarSeries s : chart.series()) {
      Bar b = find(s, category);
      sum += b == null ? 0 : b.value();
    }
    return sum;
  }

  private static double maxValue(BarChart chart) {
    double max = 0;
    for (String c : chart.categories()) {
      if (chart.layout() == BarChart.Layout.STACKED) {
        max = Math.max(max, total(chart, c));
      } else {
        for (BarSeries s : chart.series()) {
          Bar b = find(s, c);
          max = Math.max(max, b == null ? 0 : b.value());
        }
      }
    }
    return max;
  }
}
