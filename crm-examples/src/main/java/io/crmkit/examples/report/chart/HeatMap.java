package io.crmkit.examples.report.chart;

import io.crmkit.core.validation.Require;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A grid of coloured cells with a colour scale and legend: the RFM grid (rows recency, columns
 * frequency, colour the number of customers or their revenue) or the T/E/M contact calendar (rows
 * customers, columns days, a letter in each cell, coloured by category). On a sequential scale values
 * fall into {@value #CLASSES} equal classes of a nice scale from light to dark; a grid position
 * without a cell is drawn empty.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text title, takeaway and "no data" message
 * @param rowAxisLabel the title of the rows, e.g. "Recency score (5 = most recent)"
 * @param columnAxisLabel the title of the columns, e.g. "Frequency score"
 * @param rows the row labels top to bottom, distinct
 * @param columns the column labels left to right, distinct
 * @param cells at most one per row and column, each naming a listed row and column
 * @param scale colour by value (with the value format) or by category (a cell's text names it)
 */
public record HeatMap(ChartText text, String rowAxisLabel, String columnAxisLabel, List<String> rows,
    List<String> columns, List<HeatCell> cells, HeatScale scale) implements Chart {
  /** The number of colour classes. */
  public static final int CLASSES = 5;

  public HeatMap {
    Require.notNull(text, "heatMap.text");
    Require.text(rowAxisLabel, "heatMap.rowAxisLabel");
    Require.text(columnAxisLabel, "heatMap.columnAxisLabel");
    Require.notNull(rows, "heatMap.rows");
    Require.notNull(columns, "heatMap.columns");
    Require.notNull(cells, "heatMap.cells");
    rows.forEach(r -> Require.text(r, "heatMap.rows[]"));
    columns.forEach(c -> Require.text(c, "heatMap.columns[]"));
    cells.forEach(c -> Require.notNull(c, "heatMap.cells[]"));
    Require.distinct(rows, "heatMap.rows");
    Require.distinct(columns, "heatMap.columns");
    Require.distinct(cells, c -> c.row() + " / " + c.column(), "heatMap.cells");
    Set<String> rowSet = new HashSet<>(rows);
    Set<String> columnSet = new HashSet<>(columns);
    for (HeatCell c : cells) {
      Require.that(rowSet.contains(c.row()), "heatMap.cells.row", "must be one of the rows", c.row());
      Require.that(columnSet.contains(c.column()), "heatMap.cells.column", "must be one of the columns",
          c.column());
    }
    Require.notNull(scale, "heatMap.scale");
    if (scale instanceof HeatScale.Categorical categorical) {
      for (HeatCell c : cells) {
        Require.that(categorical.indexOf(c.text()) >= 0, "heatMap.cells.text",
            "must be the key of one of the categories", c.text());
      }
    }
    rows = List.copyOf(rows);
    columns = List.copyOf(columns);
    cells = List.copyOf(cells);
  }

  /** Whether there is any cell to draw. */
  public boolean isEmpty() {
    return cells.isEmpty();
  }

  @Override
  public String toSvg() {
    return HeatMapDrawing.draw(this);
  }
}
