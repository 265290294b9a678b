package io.crmkit.core.customer.contact;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A time window in which the customer does not want to be reached on a channel, e.g. "no calls in
 * working hours": phone calls quiet Monday to Friday 09:00-12:00 and 13:00-18:00, so a call at lunch
 * is fine. Times are local to the customer's zone; {@code from} is inclusive, {@code to} exclusive.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class QuietHours {
  public abstract Channel channel();

  public abstract Set<DayOfWeek> days();

  public abstract LocalTime from();

  public abstract LocalTime to();

  /** Quiet on {@code channel} on {@code days} from {@code from} (inclusive) to {@code to} (exclusive). */
  public static QuietHours of(Channel channel, Set<DayOfWeek> days, LocalTime from, LocalTime to) {
    return ImmutableQuietHours.builder().channel(channel).days(days).from(from).to(to).build();
  }

  /** Quiet on {@code channel} Monday to Friday between the two times. */
  public static QuietHours onWeekdays(Channel channel, LocalTime from, LocalTime to) {
    return of(channel, Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), from, to);
  }

  @Value.Check
  protected void check() {
    Require.that(!days().isEmpty(), "quietHours.days", "must name at least one day", days());
    Require.that(from().isBefore(to()), "quietHours.to", "must be after from " + from(), to());
  }

  /** Whether a local day and time falls inside this window. */
  public boolean covers(DayOfWeek day, LocalTime time) {
    return days().contains(day) && !time.isBefore(from()) && time.isBefore(to());
  }
}
