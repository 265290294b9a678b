package io.crmkit.examples.report;

import io.crmkit.examples.report.chart.Chart;

/** One piece of a report section, in reading order: a paragraph, a table or a chart. */
public sealed interface Block permits Block.Paragraph, ReportTable, Block.Figure {

  /**
   * A paragraph, optionally led by a bold label (e.g. "Learning goal", "Seed concept").
   *
   * @param label the lead-in, or empty
   * @param text the paragraph
   */
  record Paragraph(String label, String text) implements Block {
    public Paragraph {
      io.crmkit.core.validation.Require.notNull(label, "paragraph.label");
      io.crmkit.core.validation.Require.text(text, "paragraph.text");
    }
  }

  /** A chart, drawn inline as SVG. */
  record Figure(Chart chart) implements Block {
    public Figure {
      io.crmkit.core.validation.Require.notNull(chart, "figure.chart");
    }
  }
}
