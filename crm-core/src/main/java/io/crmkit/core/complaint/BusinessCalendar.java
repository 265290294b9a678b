package io.crmkit.core.complaint;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * When the complaint desk works: working days, opening hours and holidays in one time zone. SLA
 * targets count only this business time.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class BusinessCalendar {
  public abstract ZoneId zone();

  public abstract Set<DayOfWeek> workingDays();

  public abstract LocalTime opens();

  public abstract LocalTime closes();

  public abstract Set<LocalDate> holidays();

  /** Monday to Friday, {@code opens} to {@code closes}, no holidays yet. */
  public static BusinessCalendar weekdays(ZoneId zone, LocalTime opens, LocalTime closes) {
    return ImmutableBusinessCalendar.builder().zone(zone).opens(opens).closes(closes)
        .workingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)).build();
  }

  /** This calendar with more holidays. */
  public BusinessCalendar withHolidays(LocalDate... days) {
    return ImmutableBusinessCalendar.builder().from(this).addHolidays(days).build();
  }

  @Value.Check
  protected void check() {
    Require.that(!workingDays().isEmpty(), "businessCalendar.workingDays", "must name at least one day",
        workingDays());
    Require.that(opens().isBefore(closes()), "businessCalendar.closes", "must be after opens " + opens(), closes());
  }

  /** Whether {@code day} is a working day that is not a holiday. */
  public boolean isBusinessDay(LocalDate day) {
    return workingDays().contains(day.getDayOfWeek()) && !holidays().contains(day);
  }

  /** The business time between two instants: zero if {@code to} is not after {@code from}. */
  public Duration between(Instant from, Instant to) {
    Require.notNull(from, "from");
    Require.notNull(to, "to");
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    Duration total = Duration.ZERO;
    LocalDate day = from.atZone(zone()).toLocalDate();
    LocalDate last = to.atZone(zone()).toLocalDate();
    for (; !day.isAfter(last); day = day.plusDays(1)) {
      if (!isBusinessDay(day)) {
        continue;
      }
      Instant open = day.atTime(opens()).atZone(zone()).toInstant();
      Instant close = day.atTime(closes()).atZone(zone()).toInstant();
      Instant start = from.isAfter(open) ? from : open;
      Instant end = to.isBefore(close) ? to : close;
      if (end.isAfter(start)) {
        total = total.plus(Duration.between(start, end));
      }
    }
    return total;
  }
}
