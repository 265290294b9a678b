package io.crmkit.examples.report.chart;

import io.crmkit.core.validation.Require;

/**
 * One cell of a heat map, named by its row and column (e.g. recency score 5, frequency score 3; or
 * a customer and a day of the contact calendar), with its value and the text written in it (empty:
 * the formatted value; a letter such as "T", "E", "M" for the contact calendar).
 *
 * <p>Immutable and thread-safe.
 */
public record HeatCell(String row, String column, double value, String text) {
  public HeatCell {
    Require.text(row, "heatCell.row");
    Require.text(column, "heatCell.column");
    Require.that(Double.isFinite(value), "heatCell.value", "must be finite", value);
    Require.notNull(text, "heatCell.text");
  }

  /** A cell showing its formatted value. */
  public static HeatCell of(String row, String column, double value) {
    return new HeatCell(row, column, value, "");
  }
}
