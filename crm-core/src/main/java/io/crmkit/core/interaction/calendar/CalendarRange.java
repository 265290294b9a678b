package io.crmkit.core.interaction.calendar;

import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

/**
 * The days a contact calendar covers, first and last included. A reversed range is refused, and so
 * is one longer than the maximum the caller allows (a calendar is read on a screen).
 *
 * @param from the first day
 * @param to the last day, not before {@code from}
 */
public record CalendarRange(LocalDate from, LocalDate to) {
  /** The longest range {@link #of(LocalDate, LocalDate)} accepts: 92 days, a quarter. */
  public static final int DEFAULT_MAX_DAYS = 92;

  public CalendarRange {
    Require.notNull(from, "calendarRange.from");
    Require.notNull(to, "calendarRange.to");
    Require.that(!to.isBefore(from), "calendarRange.to", "must not be before from " + from, to);
  }

  /** The range, at most {@link #DEFAULT_MAX_DAYS} days long. */
  public static CalendarRange of(LocalDate from, LocalDate to) {
    return of(from, to, DEFAULT_MAX_DAYS);
  }

  /** The range, at most {@code maxDays} days long. */
  public static CalendarRange of(LocalDate from, LocalDate to, int maxDays) {
    Require.that(maxDays >= 1, "calendarRange.maxDays", "must be at least 1", maxDays);
    CalendarRange r = new CalendarRange(from, to);
    Require.that(r.days() <= maxDays, "calendarRange.to",
        "must be at most " + maxDays + " days from " + from + " (range of " + r.days() + " days)", to);
    return r;
  }

  /** How many days the range holds. */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  /** Every day, first to last. */
  public List<LocalDate> dayList() {
    return Stream.iterate(from, d -> !d.isAfter(to), d -> d.plusDays(1)).toList();
  }
}
