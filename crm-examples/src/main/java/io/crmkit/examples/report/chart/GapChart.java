package io.crmkit.examples.report.chart;

import io.crmkit.core.validation.Require;
import java.util.List;

/**
 * Satisfaction gaps: per perception dimension a band for the tolerance zone (adequate to desired)
 * and a dot for the perceived level, coloured by whether it falls below, within or above the zone.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text title, takeaway and "no data" message
 * @param valueAxis the rating scale, e.g. "Rating (1 = poor, 9 = excellent)" covering 1..9
 * @param dimensions the rows top to bottom, names distinct
 * @param legend the legend words
 */
public record GapChart(ChartText text, Axis valueAxis, List<GapDimension> dimensions, GapLegend legend)
    implements Chart {
  public GapChart {
    Require.notNull(text, "gapChart.text");
    Require.notNull(valueAxis, "gapChart.valueAxis");
    Require.notNull(dimensions, "gapChart.dimensions");
    dimensions.forEach(d -> Require.notNull(d, "gapChart.dimensions[]"));
    Require.distinct(dimensions, GapDimension::name, "gapChart.dimensions.name");
    Require.notNull(legend, "gapChart.legend");
    dimensions = List.copyOf(dimensions);
  }

  /** Whether there is any dimension to draw. */
  public boolean isEmpty() {
    return dimensions.isEmpty();
  }

  @Override
  public String toSvg() {
    return GapChartDrawing.draw(this);
  }
}
