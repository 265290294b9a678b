package io.crmkit.core.interaction.maintenance;

import io.crmkit.core.customer.CustomerId;
import java.util.Set;

/**
 * A step the maintenance table does not allow in the cycle's current state (a step skipped, or taken
 * out of order). Names the customer, the state, the attempted step and the steps that are allowed.
 */
public final class IllegalMaintenanceStepException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final CycleState state;
  private final MaintenanceStep attempted;
  private final Set<MaintenanceStep> allowed;

  public IllegalMaintenanceStepException(CustomerId customer, CycleState state, MaintenanceStep attempted,
      Set<MaintenanceStep> allowed) {
    super("Maintenance cycle of customer " + customer + " is " + state + ": " + attempted
        + " is not allowed; allowed are " + allowed);
    this.state = state;
    this.attempted = attempted;
    this.allowed = Set.copyOf(allowed);
  }

  public CycleState state() {
    return state;
  }

  public MaintenanceStep attempted() {
    return attempted;
  }

  public Set<MaintenanceStep> allowed() {
    return allowed;
  }
}
