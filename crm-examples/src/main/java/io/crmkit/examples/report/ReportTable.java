package io.crmkit.examples.report;

import io.crmkit.core.validation.Require;
import java.util.List;

/**
 * A table of a report section: a caption, the column headings and the rows of cell texts (each row
 * as long as the headings). Cells that read as numbers, amounts or percentages are right-aligned.
 *
 * <p>Immutable and thread-safe.
 */
public record ReportTable(String caption, List<String> columns, List<List<String>> rows) implements Block {
  public ReportTable {
    Require.notNull(caption, "reportTable.caption");
    Require.notNull(columns, "reportTable.columns");
    Require.that(!columns.isEmpty(), "reportTable.columns", "must name at least one column", columns.size());
    columns.forEach(c -> Require.notNull(c, "reportTable.columns[]"));
    Require.notNull(rows, "reportTable.rows");
    for (List<String> row : rows) {
      Require.notNull(row, "reportTable.rows[]");
      row.forEach(cell -> Require.notNull(cell, "reportTable.rows[][]"));
      Require.that(row.size() == columns.size(), "reportTable.rows[]",
          "must have one cell per column (" + columns.size() + ")", row.size() + " cells");
    }
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
  }
}
