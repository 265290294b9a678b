package io.crmkit.core.interaction.maintenance;

import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.validation.Require;
import java.time.Instant;

/**
 * One step recorded in a cycle's append-only history: its number, when, by whom, in which round,
 * from which state to which, and the step's data. Replaying the events rebuilds the cycle.
 *
 * <p>Immutable and thread-safe; {@code toString} shows no personal data (the actions redact theirs).
 *
 * @param sequence 1 for the first step, then consecutive
 * @param at when the step was taken
 * @param actor who took it
 * @param round the round of the cycle the step belongs to, from 1
 * @param fromState the state before
 * @param toState the state after
 * @param action the step's data
 */
public record MaintenanceEvent(int sequence, Instant at, EmployeeId actor, int round, CycleState fromState,
    CycleState toState, MaintenanceAction action) {

  /** Validates every field; the table check is the cycle's. */
  public MaintenanceEvent {
    Require.that(sequence >= 1, "maintenanceEvent.sequence", "must be at least 1", sequence);
    Require.notNull(at, "maintenanceEvent.at");
    Require.notNull(actor, "maintenanceEvent.actor");
    Require.that(round >= 1, "maintenanceEvent.round", "must be at least 1", round);
    Require.notNull(fromState, "maintenanceEvent.fromState");
    Require.notNull(toState, "maintenanceEvent.toState");
    Require.notNull(action, "maintenanceEvent.action");
  }

  public MaintenanceStep step() {
    return action.step();
  }

  /** The event as one line of a history listing. */
  public String describe() {
    String change = fromState == toState ? fromState.name() : fromState + " -> " + toState;
    return "#" + sequence + " round " + round + " " + at + " " + step() + " by " + actor + " (" + change + ")";
  }
}
