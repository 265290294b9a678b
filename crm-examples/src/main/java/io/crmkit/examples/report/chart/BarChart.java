package io.crmkit.examples.report.chart;

import io.crmkit.core.validation.Require;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A bar chart, horizontal or vertical, grouped or stacked, with value labels: the customer pyramid
 * (tiers top to bottom, counts and revenue shares) or the number of customers per lifecycle stage.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text title, takeaway and "no data" message
 * @param orientation bars growing rightwards (categories down the left) or upwards
 * @param layout series side by side or stacked
 * @param categoryAxisLabel the title of the category axis, e.g. "Pyramid tier"
 * @param categories the categories in drawing order (top to bottom, or left to right), distinct
 * @param valueAxis the value axis (its label names the unit); it always starts at zero
 * @param series at most {@value LineChart#MAX_SERIES} series, names distinct; a bar's category must be listed
 */
public record BarChart(ChartText text, Orientation orientation, Layout layout, String categoryAxisLabel,
    List<String> categories, Axis valueAxis, List<BarSeries> series) implements Chart {

  /** Which way the bars grow. */
  public enum Orientation { HORIZONTAL, VERTICAL }

  /** How several series share a category. */
  public enum Layout { GROUPED, STACKED }

  public BarChart {
    Require.notNull(text, "barChart.text");
    Require.notNull(orientation, "barChart.orientation");
    Require.notNull(layout, "barChart.layout");
    Require.text(categoryAxisLabel, "barChart.categoryAxisLabel");
    Require.notNull(categories, "barChart.categories");
    categories.forEach(c -> Require.text(c, "barChart.categories[]"));
    Require.distinct(categories, "barChart.categories");
    Require.notNull(valueAxis, "barChart.valueAxis");
    Require.notNull(series, "barChart.series");
    series.forEach(s -> Require.notNull(s, "barChart.series[]"));
    Require.that(series.size() <= LineChart.MAX_SERIES, "barChart.series",
        "must hold at most " + LineChart.MAX_SERIES + " series", series.size() + " series");
    Require.distinct(series, BarSeries::name, "barChart.series.name");
    Set<String> known = new HashSet<>(categories);
    for (BarSeries s : series) {
      for (Bar b : s.bars()) {
        Require.that(known.contains(b.category()), "barChart.series.bars.category",
            "must be one of the chart's categories " + categories, b.category());
      }
    }
    categories = List.copyOf(categories);
    series = List.copyOf(series);
  }

  /** Horizontal bars, one series per colour side by side. */
  public static BarChart horizontal(ChartText text, String categoryAxisLabel, List<String> categories,
      Axis valueAxis, List<BarSeries> series) {
    return new BarChart(text, Orientation.HORIZONTAL, Layout.GROUPED, categoryAxisLabel, categories, valueAxis,
        series);
  }

  /** Vertical bars, one series per colour side by side. */
  public static BarChart vertical(ChartText text, String categoryAxisLabel, List<String> categories,
      Axis valueAxis, List<BarSeries> series) {
    return new BarChart(text, Orientation.VERTICAL, Layout.GROUPED, categoryAxisLabel, categories, valueAxis,
        series);
  }

  /** The same chart with the series stacked. */
  public BarChart stacked() {
    return new BarChart(text, orientation, Layout.STACKED, categoryAxisLabel, categories, valueAxis, series);
  }

  /** Whether there is any bar to draw. */
  public boolean isEmpty() {
    return categories.isEmpty() || series.stream().allMatch(s -> s.bars().isEmpty());
  }

  /** The number of bars (segments, when stacked) the chart draws. */
  public int barCount() {
    return series.stream().mapToInt(s -> s.bars().size()).sum();
  }

  @Override
  public String toSvg() {
    return BarChartDrawing.draw(this);
  }
}
