package io.crmkit.core.interaction.cadence;

import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The due rule: a function of the last contact day, the cadence and the day asked about. Due on the
 * last contact plus the cadence; overdue after it, by the days late; a customer never contacted is
 * due today. For a fixed last contact and cadence the state only moves from not due to due today to
 * overdue as the day advances.
 *
 * @param state OVERDUE, DUE_TODAY or NOT_DUE (planned contacts are laid over by the due list)
 * @param dueOn the day the next contact is due; empty if never contacted
 * @param daysLate days past {@code dueOn}; 0 unless overdue
 */
public record CadenceStatus(DueState state, Optional<LocalDate> dueOn, long daysLate) {
  public CadenceStatus {
    Require.notNull(state, "cadenceStatus.state");
    Require.notNull(dueOn, "cadenceStatus.dueOn");
    Require.that(state != DueState.PLANNED, "cadenceStatus.state", "must not be PLANNED", state);
    Require.that(daysLate >= 0 && (daysLate == 0) == (state != DueState.OVERDUE),
        "cadenceStatus.daysLate", "must be positive exactly when overdue", daysLate);
  }

  /** The status on {@code day} after a last contact on {@code lastContact} with {@code cadence}. */
  public static CadenceStatus of(Optional<LocalDate> lastContact, ContactCadence cadence, LocalDate day) {
    Require.notNull(lastContact, "lastContact");
    Require.notNull(cadence, "cadence");
    Require.notNull(day, "day");
    if (lastContact.isEmpty()) {
      return new CadenceStatus(DueState.DUE_TODAY, Optional.empty(), 0);
    }
    LocalDate due = cadence.nextDueAfter(lastContact.get());
    if (day.isAfter(due)) {
      return new CadenceStatus(DueState.OVERDUE, Optional.of(due), ChronoUnit.DAYS.between(due, day));
    }
    return new CadenceStatus(day.isEqual(due) ? DueState.DUE_TODAY : DueState.NOT_DUE, Optional.of(due), 0);
  }

  /** Whether the cadence is kept on that day (not overdue). */
  public boolean kept() {
    return state != DueState.OVERDUE;
  }
}
