package io.crmkit.examples.report.chart;

import java.util.List;
import java.util.Locale;

/** Draws a {@link GapChart}. */
final class GapChartDrawing {
  private static final double ROW = 46;
  private static final double LABEL_SIZE = 13;

  private GapChartDrawing() {}

  static String draw(GapChart chart) {
    GapLegend words = chart.legend();
    List<Frame.LegendItem> legend = List.of(
        new Frame.LegendItem(Frame.Swatch.SQUARE, "zone", words.zone()),
        new Frame.LegendItem(Frame.Swatch.DOT, "perception below", words.below()),
        new Frame.LegendItem(Frame.Swatch.DOT, "perception within", words.within()),
        new Frame.LegendItem(Frame.Swatch.DOT, "perception above", words.above()));
    Svg svg = new Svg();
    if (chart.isEmpty()) {
      Frame.noData(svg, Frame.PAD, 10, Frame.WIDTH - 2 * Frame.PAD, 200, chart.text().noData());
      return Frame.compose("gap", Frame.WIDTH, chart.text(), legend, new Frame.Body(svg.toString(), 220));
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    double labelWidth = 0;
    for (GapDimension d : chart.dimensions()) {
      lo = Math.min(lo, Math.min(d.adequate(), d.perceived()));
      hi = Math.max(hi, Math.max(d.desired(), d.perceived()));
      labelWidth = Math.max(labelWidth, TextMetrics.width(d.name(), LABEL_SIZE));
    }
    LinearScale scale = chart.valueAxis().scale(lo, hi, 11);
    double top = 6;
    double bottom = top + ROW * chart.dimensions().size();
    double left = Frame.PAD + Math.min(labelWidth, 240) + 12;
    double right = Frame.WIDTH - Frame.PAD - 84;
    for (int i = 0; i < chart.dimensions().size(); i += 2) {
      svg.empty("rect", "class", "row-band", "x", Svg.num(left), "y", Svg.num(top + i * ROW),
          "width", Svg.num(right - left), "height", Svg.num(ROW));
    }
    Axes.horizontal(svg, scale, chart.valueAxis().format(), left, right, top, bottom);
    Axes.horizontalTitle(svg, chart.valueAxis().label(), left, right, bottom + 40);
    for (int i = 0; i < chart.dimensions().size(); i++) {
      GapDimension d = chart.dimensions().get(i);
      double mid = top + i * ROW + ROW / 2;
      svg.text(left - 8, mid + 4.5, "tick category", "end", d.name());
      double x0 = scale.map(d.adequate(), left, right);
      double x1 = scale.map(d.desired(), left, right);
      svg.open("rect", "class", "mark zone", "x", Svg.num(x0), "y", Svg.num(mid - 9),
          "width", Svg.num(Math.max(2, x1 - x0)), "height", "18", "rx", "3");
      svg.element("title", d.name() + ": " + chart.valueAxis().format().format(d.adequate()) + " – "
          + chart.valueAxis().format().format(d.desired()));
      svg.close("rect");
      double px = scale.map(d.perceived(), left, right);
      String standing = d.standing().name().toLowerCase(Locale.ROOT);
      svg.open("circle", "class", "mark perception " + standing, "cx", Svg.num(px), "cy", Svg.num(mid), "r", "7");
      svg.element("title", d.name() + ": " + chart.valueAxis().format().format(d.perceived()));
      svg.close("circle");
      String value = chart.valueAxis().format().format(d.perceived());
      double gap = gap(d);
      String text = gap == 0 ? value : value + " (" + (gap > 0 ? "+" : "")
          + chart.valueAxis().format().format(gap) + ")";
      double textRight = Math.max(x1, px + 7) + 8;
      svg.text(textRight, mid + 4.5, "value", "start", text);
    }
    return Frame.compose("gap", Frame.WIDTH, chart.text(), legend, new Frame.Body(svg.toString(), bottom + 50));
  }

  /** How far the perception lies outside the zone: negative below adequate, positive above desired. */
  private static double gap(GapDimension d) {
    return switch (d.standing()) {
      case BELOW -> d.perceived() - d.adequate();
      case ABOVE -> d.perceived() - d.desired();
      case WITHIN -> 0;
    };
  }
}
