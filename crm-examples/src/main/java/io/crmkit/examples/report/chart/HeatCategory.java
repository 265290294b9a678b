package io.crmkit.examples.report.chart;

import io.crmkit.core.validation.Require;

/**
 * One category of a categorical heat map: the key written in its cells (e.g. "M") and the legend
 * text (e.g. "Meeting").
 *
 * <p>Immutable and thread-safe.
 */
public record HeatCategory(String key, String label) {
  public HeatCategory {
    Require.text(key, "heatCategory.key");
    Require.text(label, "heatCategory.label");
  }
}
