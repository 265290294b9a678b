package io.crmkit.scoring.clv.history;

import io.crmkit.core.validation.Require;
import java.util.Locale;

/**
 * The unit in which a model measures time (recency, age, horizons): days, weeks, or any positive
 * number of days. The fitted rate parameters are per unit, so a model fitted in weeks predicts in
 * weeks. Customer-base analysis on weekly data (the CDNOW studies) uses {@link #WEEKS}.
 * Serializable (validated again when read), so it travels with a model to where customers are scored.
 *
 * @param name how the unit is shown ({@code "weeks"})
 * @param days how many days one unit lasts, positive
 */
public record PeriodUnit(String name, double days) implements java.io.Serializable {
  public static final PeriodUnit DAYS = new PeriodUnit("days", 1);
  public static final PeriodUnit WEEKS = new PeriodUnit("weeks", 7);
  /** A month of 365.25 / 12 days. */
  public static final PeriodUnit MONTHS = new PeriodUnit("months", 365.25 / 12);

  public PeriodUnit {
    Require.text(name, "periodUnit.name");
    Require.that(days > 0 && Double.isFinite(days), "periodUnit.days", "must be a positive number of days",
        days);
  }

  /** A unit of {@code days} days. */
  public static PeriodUnit ofDays(double days) {
    return new PeriodUnit(String.format(Locale.ROOT, "%s-day periods", days), days);
  }

  /** {@code days} days in this unit. */
  public double fromDays(double days) {
    return days / this.days;
  }

  /** The unit by name: {@code days}, {@code weeks} or {@code months}. */
  public static PeriodUnit parse(String name) {
    Require.notNull(name, "periodUnit");
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "days", "day" -> DAYS;
      case "weeks", "week" -> WEEKS;
      case "months", "month" -> MONTHS;
      default -> throw new io.crmkit.core.validation.InvalidValueException("periodUnit", "must be days, weeks or months",
          name);
    };
  }
}
