package io.crmkit.examples.report.chart;

import io.crmkit.core.validation.Require;

/**
 * One bar (or stacked segment) of a bar series: its category, its non-negative value and the text
 * shown with it (empty: the value, formatted as the value axis writes it).
 *
 * <p>Immutable and thread-safe.
 *
 * @param category the category it belongs to, one of the chart's categories
 * @param value the length of the bar, at least zero (counts, amounts, shares)
 * @param label the value label, e.g. "120 customers · 45% of revenue"; empty for the formatted value
 */
public record Bar(String category, double value, String label) {
  public Bar {
    Require.text(category, "bar.category");
    Require.that(Double.isFinite(value) && value >= 0, "bar.value", "must be finite and at least 0", value);
    Require.notNull(label, "bar.label");
  }

  /** A bar labelled with its formatted value. */
  public static Bar of(String category, double value) {
    return new Bar(category, value, "");
  }
}
