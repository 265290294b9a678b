package io.crmkit.examples.report.chart;

import io.crmkit.core.validation.Require;
import java.util.List;

/**
 * One line of a line chart: a name for the legend and its points in x order (e.g. the Lorenz curve,
 * the line of equality, expected or actual cumulative purchases).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the legend entry
 * @param points the points, in the order the line joins them
 * @param dots whether each point is also drawn as a dot (a single point always is)
 */
public record LineSeries(String name, List<Point> points, boolean dots) {
  public LineSeries {
    Require.text(name, "lineSeries.name");
    Require.notNull(points, "lineSeries.points");
    points.forEach(p -> Require.notNull(p, "lineSeries.points[]"));
    points = List.copyOf(points);
  }

  /** A line without dots. */
  public static LineSeries line(String name, List<Point> points) {
    return new LineSeries(name, points, false);
  }

  /** A line with a dot on each point. */
  public static LineSeries dotted(String name, List<Point> points) {
    return new LineSeries(name, points, true);
  }
}
