package io.crmkit.examples.report.chart;

import io.crmkit.core.validation.Require;

/**
 * A vertical line across a line chart at one x value with a label, e.g. the end of the BG/NBD
 * calibration period.
 *
 * <p>Immutable and thread-safe.
 */
public record MarkerLine(double x, String label) {
  public MarkerLine {
    Require.that(Double.isFinite(x), "markerLine.x", "must be finite", x);
    Require.text(label, "markerLine.label");
  }
}
