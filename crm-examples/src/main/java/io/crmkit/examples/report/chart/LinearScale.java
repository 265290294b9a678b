package io.crmkit.examples.report.chart;

import io.crmkit.core.validation.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A linear axis scale with "nice" ticks: the step is 1, 2 or 5 times a power of ten and the ends are
 * multiples of the step, so a reader can interpolate (0, 20%, 40%... rather than 0, 17%, 34%...).
 *
 * <p>Immutable and thread-safe.
 *
 * @param min the lower end, a multiple of {@code step}
 * @param max the upper end, a multiple of {@code step}, above {@code min}
 * @param step the distance between ticks
 */
public record LinearScale(double min, double max, double step) {
  private static final double[] MANTISSAS = {1, 2, 5, 10};

  public LinearScale {
    Require.that(Double.isFinite(min) && Double.isFinite(max), "linearScale.range", "must be finite",
        min + ".." + max);
    Require.that(max > min, "linearScale.max", "must be above min " + min, max);
    Require.that(step > 0 && Double.isFinite(step), "linearScale.step", "must be positive", step);
  }

  /**
   * The nicest scale that covers {@code low..high} with at most {@code maxTicks} ticks (3..50). Equal ends
   * (a single value) are widened to include zero, or to 0..1 for zero itself.
   */
  public static LinearScale nice(double low, double high, int maxTicks) {
    Require.that(Double.isFinite(low) && Double.isFinite(high), "linearScale.range", "must be finite",
        low + ".." + high);
    Require.that(low <= high, "linearScale.low", "must not be above high " + high, low);
    // three ticks always suffice (-s, 0, s for a range around zero); two would not
    Require.that(maxTicks >= 3 && maxTicks <= 50, "linearScale.maxTicks", "must be within 3..50", maxTicks);
    double lo = low;
    double hi = high;
    if (lo == hi) {
      if (lo == 0) {
        hi = 1;
      } else if (lo > 0) {
        lo = 0;
      } else {
        hi = 0;
      }
    }
    double raw = (hi - lo) / (maxTicks - 1);
    int exponent = (int) Math.floor(Math.log10(raw));
    for (int e = exponent; ; e++) {
      for (double m : MANTISSAS) {
        double step = BigDecimal.ONE.scaleByPowerOfTen(e).multiply(BigDecimal.valueOf(m)).doubleValue();
        double min = Math.floor(snap(lo / step)) * step;
        double max = Math.ceil(snap(hi / step)) * step;
        if (max <= min) {
          max = min + step;
        }
        long ticks = Math.round((max - min) / step) + 1;
        if (ticks <= maxTicks) {
          return new LinearScale(round(min, step), round(max, step), step);
        }
      }
    }
  }

  /** The tick values from {@code min} to {@code max}, rounded to the step's decimals. */
  public List<Double> ticks() {
    long n = Math.round((max - min) / step);
    List<Double> ticks = new ArrayList<>((int) n + 1);
    for (long i = 0; i <= n; i++) {
      ticks.add(round(min + i * step, step));
    }
    return List.copyOf(ticks);
  }

  /** Where {@code value} lies between the ends: 0 at {@code min}, 1 at {@code max}. */
  public double fraction(double value) {
    return (value - min) / (max - min);
  }

  /** {@code value} mapped onto the pixel range {@code from..to} (which may run backwards, as y does). */
  public double map(double value, double from, double to) {
    return from + fraction(value) * (to - from);
  }

  /** {@code q} itself, or the whole number it differs from only by floating-point noise. */
  private static double snap(double q) {
    double whole = Math.rint(q);
    return Math.abs(q - whole) < 1e-9 * Math.max(1, Math.abs(q)) ? whole : q;
  }

  private static double round(double value, double step) {
    int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9)) + 1;
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
  }
}
