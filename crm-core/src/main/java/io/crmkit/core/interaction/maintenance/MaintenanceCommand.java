package io.crmkit.core.interaction.maintenance;

import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.validation.Require;

/**
 * A step an account manager asks the cycle to take: who, and the step's own data.
 *
 * <p>Immutable and thread-safe.
 *
 * @param actor the account manager
 * @param action the step with its data
 */
public record MaintenanceCommand(EmployeeId actor, MaintenanceAction action) {

  /** Validates both fields. */
  public MaintenanceCommand {
    Require.notNull(actor, "maintenanceCommand.actor");
    Require.notNull(action, "maintenanceCommand.action");
  }

  public static MaintenanceCommand by(EmployeeId actor, MaintenanceAction action) {
    return new MaintenanceCommand(actor, action);
  }

  /** The step, the key of the maintenance table. */
  public MaintenanceStep step() {
    return action.step();
  }
}
