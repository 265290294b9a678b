package io.crmkit.core.customer.classification;

import io.crmkit.core.validation.Require;
import java.time.LocalDate;

/**
 * How soon the next planned action with a customer is due, as sales teams sort their follow-ups.
 * Boundaries are inclusive of the nearer class: due within 7 days (or overdue) is urgent, within one
 * calendar month soon, within three months not urgent, later slow.
 */
public enum FollowUpUrgency {
  /** Due within a week, or overdue. */
  URGENT,
  /** Due in more than a week, up to a month. */
  SOON,
  /** Due in more than a month, up to three months. */
  NOT_URGENT,
  /** Due beyond three months. */
  SLOW;

  /** The urgency of an action due on {@code dueOn}, seen on {@code today}. */
  public static FollowUpUrgency of(LocalDate dueOn, LocalDate today) {
    Require.notNull(dueOn, "dueOn");
    Require.notNull(today, "today");
    if (!dueOn.isAfter(today.plusWeeks(1))) {
      return URGENT;
    }
    if (!dueOn.isAfter(today.plusMonths(1))) {
      return SOON;
    }
    if (!dueOn.isAfter(today.plusMonths(3))) {
      return NOT_URGENT;
    }
    return SLOW;
  }
}
