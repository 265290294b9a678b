package io.crmkit.examples.report.chart;

import io.crmkit.core.validation.Require;
import java.util.List;

/**
 * A line chart with several series, marked points and vertical marker lines: the Lorenz curve with
 * the line of equality and the 80/20 point, or the BG/NBD tracking plot of expected against actual
 * cumulative purchases per week with the end of the calibration period marked.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text title, takeaway and "no data" message
 * @param x the horizontal axis
 * @param y the vertical axis
 * @param series at most {@value #MAX_SERIES} lines, names distinct; drawn in order, colour and dash by position
 * @param marks labelled points
 * @param markerLines labelled vertical lines
 */
public record LineChart(ChartText text, Axis x, Axis y, List<LineSeries> series, List<PointMark> marks,
    List<MarkerLine> markerLines) implements Chart {
  /** The palette has six colour-blind-safe colours. */
  public static final int MAX_SERIES = 6;

  public LineChart {
    Require.notNull(text, "lineChart.text");
    Require.notNull(x, "lineChart.x");
    Require.notNull(y, "lineChart.y");
    Require.notNull(series, "lineChart.series");
    Require.notNull(marks, "lineChart.marks");
    Require.notNull(markerLines, "lineChart.markerLines");
    series.forEach(s -> Require.notNull(s, "lineChart.series[]"));
    marks.forEach(m -> Require.notNull(m, "lineChart.marks[]"));
    markerLines.forEach(m -> Require.notNull(m, "lineChart.markerLines[]"));
    Require.that(series.size() <= MAX_SERIES, "lineChart.series", "must hold at most " + MAX_SERIES + " series",
        series.size() + " series");
    Require.distinct(series, LineSeries::name, "lineChart.series.name");
    series = List.copyOf(series);
    marks = List.copyOf(marks);
    markerLines = List.copyOf(markerLines);
  }

  /** A chart of {@code series} without marks or marker lines. */
  public static LineChart of(ChartText text, Axis x, Axis y, List<LineSeries> series) {
    return new LineChart(text, x, y, series, List.of(), List.of());
  }

  /** The same chart with {@code mark} added. */
  public LineChart withMark(PointMark mark) {
    return new LineChart(text, x, y, series, append(marks, mark), markerLines);
  }

  /** The same chart with {@code line} added. */
  public LineChart withMarkerLine(MarkerLine line) {
    return new LineChart(text, x, y, series, marks, append(markerLines, line));
  }

  /** Whether there is any point to draw. */
  public boolean isEmpty() {
    return series.stream().allMatch(s -> s.points().isEmpty());
  }

  @Override
  public String toSvg() {
    return LineChartDrawing.draw(this);
  }

  private static <T> List<T> append(List<T> list, T element) {
    Require.notNull(element, "element");
    return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(element)).toList();
  }
}
