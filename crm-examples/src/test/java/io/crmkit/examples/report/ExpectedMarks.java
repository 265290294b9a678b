package io.crmkit.examples.report;

import io.crmkit.examples.report.chart.BarChart;
import io.crmkit.examples.report.chart.Chart;
import io.crmkit.examples.report.chart.GapChart;
import io.crmkit.examples.report.chart.HeatMap;
import io.crmkit.examples.report.chart.LineChart;
import io.crmkit.examples.report.chart.LineSeries;
import io.crmkit.examples.report.chart.StateDiagram;

/** How many data marks (elements of class {@code mark}) a chart must draw, counted from its spec. */
final class ExpectedMarks {
  private ExpectedMarks() {}

  static int of(Chart chart) {
    if (chart instanceof LineChart line) {
      int marks = 0;
      for (LineSeries s : line.series()) {
        marks += s.points().size() >= 2 ? 1 : 0; // the line
        marks += s.dots() || s.points().size() == 1 ? s.points().size() : 0; // the dots
      }
      return marks;
    }
    if (chart instanceof BarChart bar) {
      return bar.barCount();
    }
    if (chart instanceof HeatMap map) {
      return map.cells().size();
    }
    if (chart instanceof GapChart gap) {
      return 2 * gap.dimensions().size(); // a zone band and a perception dot each
    }
    StateDiagram diagram = (StateDiagram) chart;
    return diagram.states().size() + diagram.arrowCount();
  }
}
