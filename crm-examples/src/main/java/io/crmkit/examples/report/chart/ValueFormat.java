package io.crmkit.examples.report.chart;

import io.crmkit.core.validation.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a chart writes a value on a tick or a label: a plain number ({@code 1,250}), a percentage of a
 * fraction ({@code 0.25 -> 25%}) or an amount of money with its symbol ({@code ¥1,250}). Digits are
 * grouped by comma and the decimal mark is a point in every language of the course.
 *
 * <p>Immutable and thread-safe.
 *
 * @param style number, percent or money
 * @param symbol the currency symbol written before a money amount; empty for the other styles
 */
public record ValueFormat(Style style, String symbol) {
  /** What kind of value an axis carries. */
  public enum Style {
    /** A count or a score, as is. */
    NUMBER,
    /** A fraction shown as a percentage: 0.2 is written 20%. */
    PERCENT,
    /** An amount of money with a currency symbol in front. */
    MONEY
  }

  public ValueFormat {
    Require.notNull(style, "valueFormat.style");
    Require.notNull(symbol, "valueFormat.symbol");
    Require.that(style == Style.MONEY || symbol.isEmpty(), "valueFormat.symbol",
        "must be empty unless the style is MONEY", symbol);
    Require.that(style != Style.MONEY || !symbol.isBlank(), "valueFormat.symbol",
        "must name the currency of a MONEY format", symbol);
  }

  /** Plain numbers: counts, scores, weeks. */
  public static ValueFormat number() {
    return new ValueFormat(Style.NUMBER, "");
  }

  /** Fractions written as percentages. */
  public static ValueFormat percent() {
    return new ValueFormat(Style.PERCENT, "");
  }

  /** Money amounts with {@code symbol} in front, e.g. {@code "$"} or {@code "¥"}. */
  public static ValueFormat money(String symbol) {
    return new ValueFormat(Style.MONEY, symbol);
  }

  /** A value on a label: as many decimals as it needs, at most two (percent: one, of the percentage). */
  public String format(double value) {
    Require.that(Double.isFinite(value), "value", "must be finite", value);
    double shown = style == Style.PERCENT ? value * 100 : value;
    int decimals = style == Style.PERCENT ? 1 : 2;
    if (style == Style.MONEY && Math.abs(shown) >= 100) {
      decimals = 0;
    }
    return write(shown, decimals, true);
  }

  /** A tick value on an axis whose ticks are {@code step} apart: just enough decimals to tell them apart. */
  public String tick(double value, double step) {
    Require.that(Double.isFinite(value), "value", "must be finite", value);
    Require.that(step > 0 && Double.isFinite(step), "step", "must be positive", step);
    double shown = style == Style.PERCENT ? value * 100 : value;
    double shownStep = style == Style.PERCENT ? step * 100 : step;
    int decimals = Math.max(0, (int) Math.ceil(-Math.log10(shownStep) - 1e-9));
    return write(shown, decimals, false);
  }

  private String write(double shown, int decimals, boolean trim) {
    BigDecimal rounded = BigDecimal.valueOf(shown).setScale(decimals, RoundingMode.HALF_UP);
    if (rounded.signum() == 0) {
      rounded = rounded.abs(); // never "-0"
    }
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setMinimumFractionDigits(trim ? 0 : decimals);
    f.setMaximumFractionDigits(decimals);
    f.setRoundingMode(RoundingMode.HALF_UP);
    String digits = f.format(rounded.abs());
    String sign = rounded.signum() < 0 ? "-" : "";
    return switch (style) {
      case NUMBER -> sign + digits;
      case PERCENT -> sign + digits + "%";
      case MONEY -> sign + symbol + digits;
    };
  }
}
