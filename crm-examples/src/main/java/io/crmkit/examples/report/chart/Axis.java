package io.crmkit.examples.report.chart;

import io.crmkit.core.validation.Require;
import java.util.OptionalDouble;

/**
 * A value axis: its label with the unit (e.g. "Cumulative share of revenue (%)", "Week"), how its
 * ticks are written, and optionally a range it must cover whatever the data (0..1 for shares).
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the axis title, naming the unit
 * @param format how tick values are written
 * @param lowest the axis reaches at least down to this value, if present
 * @param highest the axis reaches at least up to this value, if present
 */
public record Axis(String label, ValueFormat format, OptionalDouble lowest, OptionalDouble highest) {
  public Axis {
    Require.text(label, "axis.label");
    Require.notNull(format, "axis.format");
    Require.notNull(lowest, "axis.lowest");
    Require.notNull(highest, "axis.highest");
    Require.that(lowest.isEmpty() || Double.isFinite(lowest.getAsDouble()), "axis.lowest", "must be finite",
        lowest);
    Require.that(highest.isEmpty() || Double.isFinite(highest.getAsDouble()), "axis.highest",
        "must be finite", highest);
    Require.that(lowest.isEmpty() || highest.isEmpty() || lowest.getAsDouble() < highest.getAsDouble(),
        "axis.highest", "must be above lowest " + lowest, highest);
  }

  /** An axis whose range follows the data. */
  public static Axis of(String label, ValueFormat format) {
    return new Axis(label, format, OptionalDouble.empty(), OptionalDouble.empty());
  }

  /** The same axis, covering at least {@code low..high} (e.g. 0..1 for shares). */
  public Axis covering(double low, double high) {
    return new Axis(label, format, OptionalDouble.of(low), OptionalDouble.of(high));
  }

  /** The nice scale over the data's {@code low..high}, widened to the range this axis must cover. */
  LinearScale scale(double low, double high, int maxTicks) {
    double lo = lowest.isPresent() ? Math.min(low, lowest.getAsDouble()) : low;
    double hi = highest.isPresent() ? Math.max(high, highest.getAsDouble()) : high;
    return LinearScale.nice(lo, hi, maxTicks);
  }
}
