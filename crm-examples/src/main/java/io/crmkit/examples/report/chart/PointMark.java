package io.crmkit.examples.report.chart;

import io.crmkit.core.validation.Require;

/**
 * A marked point with a label, e.g. the 80/20 reference point and the actual split on a Lorenz curve.
 *
 * <p>Immutable and thread-safe.
 *
 * @param at where, in data units
 * @param label the text beside it, e.g. "Top 20% → 64% of revenue"
 * @param placement where the label sits relative to the point
 */
public record PointMark(Point at, String label, Placement placement) {
  /** Where a label sits relative to its point; AUTO puts it below right and flips it at the edges. */
  public enum Placement { AUTO, ABOVE_LEFT, ABOVE_RIGHT, BELOW_LEFT, BELOW_RIGHT }

  public PointMark {
    Require.notNull(at, "pointMark.at");
    Require.text(label, "pointMark.label");
    Require.notNull(placement, "pointMark.placement");
  }

  /** A mark whose label is placed automatically. */
  public static PointMark of(Point at, String label) {
    return new PointMark(at, label, Placement.AUTO);
  }
}
