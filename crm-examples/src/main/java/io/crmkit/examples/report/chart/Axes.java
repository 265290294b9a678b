package io.crmkit.examples.report.chart;

/** Ticks, grid lines and axis titles shared by the charts with value axes. */
final class Axes {
  static final double TICK_SIZE = 12;
  static final double LABEL_SIZE = 13;

  private Axes() {}

  /** The width the tick labels of a vertical axis need. */
  static double tickWidth(LinearScale scale, ValueFormat format) {
    double w = 0;
    for (double t : scale.ticks()) {
      w = Math.max(w, TextMetrics.width(format.tick(t, scale.step()), TICK_SIZE));
    }
    return w;
  }

  /** A vertical value axis at x = left, from top to bottom, with grid lines to right. */
  static void vertical(Svg svg, LinearScale scale, ValueFormat format, double left, double right, double top,
      double bottom) {
    for (double t : scale.ticks()) {
      double y = scale.map(t, bottom, top);
      svg.empty("line", "class", "grid", "x1", Svg.num(left), "y1", Svg.num(y), "x2", Svg.num(right),
          "y2", Svg.num(y));
      svg.text(left - 6, y + 4, "tick", "end", format.tick(t, scale.step()));
    }
    svg.empty("line", "class", "axis", "x1", Svg.num(left), "y1", Svg.num(top), "x2", Svg.num(left),
        "y2", Svg.num(bottom));
  }

  /** A horizontal value axis at y = bottom, from left to right, with grid lines up to top. */
  static void horizontal(Svg svg, LinearScale scale, ValueFormat format, double left, double right, double top,
      double bottom) {
    for (double t : scale.ticks()) {
      double x = scale.map(t, left, right);
      svg.empty("line", "class", "grid", "x1", Svg.num(x), "y1", Svg.num(top), "x2", Svg.num(x),
          "y2", Svg.num(bottom));
      svg.text(x, bottom + 17, "tick", "middle", format.tick(t, scale.step()));
    }
    svg.empty("line", "class", "axis", "x1", Svg.num(left), "y1", Svg.num(bottom), "x2", Svg.num(right),
        "y2", Svg.num(bottom));
  }

  /** The title of a horizontal axis, centred under it. */
  static void horizontalTitle(Svg svg, String label, double left, double right, double y) {
    svg.text((left + right) / 2, y, "axis-label", "middle", label);
  }

  /** The title of a vertical axis, turned to read bottom to top, centred beside it. */
  static void verticalTitle(Svg svg, String label, double x, double top, double bottom) {
    double cy = (top + bottom) / 2;
    svg.element("text", label, "x", Svg.num(x), "y", Svg.num(cy), "class", "axis-label",
        "text-anchor", "middle", "transform", "rotate(-90 " + Svg.num(x) + " " + Svg.num(cy) + ")");
  }
}
