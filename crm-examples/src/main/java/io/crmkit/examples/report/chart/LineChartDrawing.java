package io.crmkit.examples.report.chart;

import java.util.ArrayList;
import java.util.List;

/** Draws a {@link LineChart}. */
final class LineChartDrawing {
  private static final double PLOT_HEIGHT = 330;
  private static final double RIGHT = 28;

  private LineChartDrawing() {}

  static String draw(LineChart chart) {
    List<Frame.LegendItem> legend = new ArrayList<>();
    if (chart.series().size() > 1) {
      for (int i = 0; i < chart.series().size(); i++) {
        legend.add(new Frame.LegendItem(Frame.Swatch.LINE, "s" + i, chart.series().get(i).name()));
      }
    }
    Svg svg = new Svg();
    double top = 10;
    double bottom = top + PLOT_HEIGHT;
    double height = bottom + 48;
    if (chart.isEmpty()) {
      Frame.noData(svg, Frame.PAD, top, Frame.WIDTH - 2 * Frame.PAD, PLOT_HEIGHT, chart.text().noData());
      return Frame.compose("line", Frame.WIDTH, chart.text(), legend, new Frame.Body(svg.toString(), height));
    }
    double minX = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (LineSeries s : chart.series()) {
      for (Point p : s.points()) {
        minX = Math.min(minX, p.x());
        maxX = Math.max(maxX, p.x());
        minY = Math.min(minY, p.y());
        maxY = Math.max(maxY, p.y());
      }
    }
    for (PointMark m : chart.marks()) {
      minX = Math.min(minX, m.at().x());
      maxX = Math.max(maxX, m.at().x());
      minY = Math.min(minY, m.at().y());
      maxY = Math.max(maxY, m.at().y());
    }
    for (MarkerLine m : chart.markerLines()) {
      minX = Math.min(minX, m.x());
      maxX = Math.max(maxX, m.x());
    }
    LinearScale xs = chart.x().scale(minX, maxX, 11);
    LinearScale ys = chart.y().scale(minY, maxY, 7);
    double left = Frame.PAD + 24 + Axes.tickWidth(ys, chart.y().format()) + 8;
    double right = Frame.WIDTH - RIGHT;

    Axes.vertical(svg, ys, chart.y().format(), left, right, top, bottom);
    Axes.horizontal(svg, xs, chart.x().format(), left, right, top, bottom);
    Axes.verticalTitle(svg, chart.y().label(), Frame.PAD + 8, top, bottom);
    Axes.horizontalTitle(svg, chart.x().label(), left, right, bottom + 40);

    for (MarkerLine m : chart.markerLines()) {
      double x = xs.map(m.x(), left, right);
      svg.empty("line", "class", "marker-line", "x1", Svg.num(x), "y1", Svg.num(top), "x2", Svg.num(x),
          "y2", Svg.num(bottom));
      boolean roomRight = x + 6 + TextMetrics.width(m.label(), 12) < right;
      svg.text(roomRight ? x + 6 : x - 6, top + 14, "marker-label", roomRight ? "start" : "end", m.label());
    }
    for (int i = 0; i < chart.series().size(); i++) {
      List<Point> points = chart.series().get(i).points();
      String cls = "s" + i;
      if (points.size() >= 2) {
        svg.empty("path", "class", "mark line " + cls, "d", path(points, xs, ys, left, right, top, bottom));
      }
      if (chart.series().get(i).dots() || points.size() == 1) {
        for (Point p : points) {
          svg.empty("circle", "class", "mark dot fill " + cls, "cx", Svg.num(xs.map(p.x(), left, right)),
              "cy", Svg.num(ys.map(p.y(), bottom, top)), "r", "4");
        }
      }
    }
    for (PointMark m : chart.marks()) {
      mark(svg, m, xs.map(m.at().x(), left, right), ys.map(m.at().y(), bottom, top), left, right, top, bottom);
    }
    return Frame.compose("line", Frame.WIDTH, chart.text(), legend, new Frame.Body(svg.toString(), height));
  }

  /**
   * The path through the points in pixels; a point less than half a pixel from the last one kept is
   * skipped (a Lorenz curve of 20,000 customers draws with a few hundred segments), the last always kept.
   */
  private static String path(List<Point> points, LinearScale xs, LinearScale ys, double left, double right,
      double top, double bottom) {
    StringBuilder d = new StringBuilder();
    double lastX = Double.NaN;
    double lastY = Double.NaN;
    for (int i = 0; i < points.size(); i++) {
      double px = xs.map(points.get(i).x(), left, right);
      double py = ys.map(points.get(i).y(), bottom, top);
      boolean last = i == points.size() - 1;
      if (i > 0 && !last && Math.abs(px - lastX) < 0.5 && Math.abs(py - lastY) < 0.5) {
        continue;
      }
      d.append(i == 0 ? 'M' : 'L').append(Svg.num(px)).append(' ').append(Svg.num(py));
      lastX = px;
      lastY = py;
    }
    return d.toString();
  }

  private static void mark(Svg svg, PointMark m, double x, double y, double left, double right, double top,
      double bottom) {
    double w = TextMetrics.width(m.label(), 13);
    PointMark.Placement p = m.placement();
    if (p == PointMark.Placement.AUTO) {
      boolean below = y + 26 < bottom;
      boolean toRight = x + 12 + w < right;
      p = below ? (toRight ? PointMark.Placement.BELOW_RIGHT : PointMark.Placement.BELOW_LEFT)
          : (toRight ? PointMark.Placement.ABOVE_RIGHT : PointMark.Placement.ABOVE_LEFT);
    }
    boolean rightSide = p == PointMark.Placement.ABOVE_RIGHT || p == PointMark.Placement.BELOW_RIGHT;
    boolean belowSide = p == PointMark.Placement.BELOW_LEFT || p == PointMark.Placement.BELOW_RIGHT;
    double lx = rightSide ? x + 12 : x - 12;
    double ly = belowSide ? y + 22 : y - 14;
    // keep the label inside the plot
    lx = rightSide ? Math.min(lx, right - w) : Math.max(lx, left + w);
    ly = Math.max(top + 14, Math.min(ly, bottom - 6));
    svg.empty("line", "class", "leader", "x1", Svg.num(x), "y1", Svg.num(y), "x2", Svg.num(lx),
        "y2", Svg.num(belowSide ? ly - 12 : ly + 4));
    svg.empty("rect", "class", "label-bg", "x", Svg.num(rightSide ? lx - 2 : lx - w - 2), "y", Svg.num(ly - 13),
        "width", Svg.num(w + 4), "height", "17");
    svg.text(lx, ly, "annotation-label", rightSide ? "start" : "end", m.label());
    svg.empty("circle", "class", "annotation", "cx", Svg.num(x), "cy", Svg.num(y), "r", "5");
  }
}
