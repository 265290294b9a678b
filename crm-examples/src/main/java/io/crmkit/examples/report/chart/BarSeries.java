package io.crmkit.examples.report.chart;

import io.crmkit.core.validation.Require;
import java.util.List;

/**
 * One series of a bar chart: a legend name and at most one bar per category.
 *
 * <p>Immutable and thread-safe.
 */
public record BarSeries(String name, List<Bar> bars) {
  public BarSeries {
    Require.text(name, "barSeries.name");
    Require.notNull(bars, "barSeries.bars");
    bars.forEach(b -> Require.notNull(b, "barSeries.bars[]"));
    Require.distinct(bars, Bar::category, "barSeries.bars.category");
    bars = List.copyOf(bars);
  }

  /** The series {@code name} of {@code bars}. */
  public static BarSeries of(String name, List<Bar> bars) {
    return new BarSeries(name, bars);
  }
}
