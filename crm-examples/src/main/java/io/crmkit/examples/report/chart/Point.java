package io.crmkit.examples.report.chart;

import io.crmkit.core.validation.Require;

/**
 * One point of a line series in data units (e.g. share of customers, share of revenue; or week,
 * cumulative purchases).
 *
 * <p>Immutable and thread-safe.
 */
public record Point(double x, double y) {
  public Point {
    Require.that(Double.isFinite(x), "point.x", "must be finite", x);
    Require.that(Double.isFinite(y), "point.y", "must be finite", y);
  }

  /** The point (x, y). */
  public static Point of(double x, double y) {
    return new Point(x, y);
  }
}
