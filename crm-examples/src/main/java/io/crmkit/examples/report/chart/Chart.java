package io.crmkit.examples.report.chart;

/**
 * A chart of the course report: an immutable spec that draws itself as one inline {@code <svg>}
 * element (UTF-8 text, every label escaped, well-formed XML).
 */
public sealed interface Chart permits LineChart, BarChart, HeatMap, GapChart, StateDiagram {
  /** Title, takeaway caption and "no data" message. */
  ChartText text();

  /** The chart as an {@code <svg>} element, ready to be put into an HTML page or saved as a file. */
  String toSvg();
}
