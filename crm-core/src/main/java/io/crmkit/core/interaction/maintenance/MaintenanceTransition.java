package io.crmkit.core.interaction.maintenance;

import io.crmkit.core.validation.Require;

/**
 * One row of the maintenance table: from a state, a step leads to a state. A row on the main path
 * ({@link #forward()}) is the step the cycle is expected to take next from that state; the others
 * repeat a step (another concern heard, more help given, information updated after a visit).
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the state the step is taken in
 * @param step the step
 * @param to the state it leads to
 * @param forward whether this is the main-path step from {@code from}
 */
public record MaintenanceTransition(CycleState from, MaintenanceStep step, CycleState to, boolean forward) {

  /** Validates every field. */
  public MaintenanceTransition {
    Require.notNull(from, "maintenanceTransition.from");
    Require.notNull(step, "maintenanceTransition.step");
    Require.notNull(to, "maintenanceTransition.to");
  }

  /** Whether the step records something without changing the state. */
  public boolean staysPut() {
    return from == to;
  }
}
