package io.crmkit.core.interaction.maintenance;

import io.crmkit.core.customer.CustomerId;

/**
 * A step the table allows but a guard refuses because the record lacks what the step needs (a
 * contact while facts are disputed, a memo that leaves out an open commitment). Names the rule and
 * what is missing.
 */
public final class MaintenanceStepRefusedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String rule;
  private final MaintenanceStep attempted;

  public MaintenanceStepRefusedException(CustomerId customer, MaintenanceStep attempted, String rule, String reason) {
    super("Maintenance cycle of customer " + customer + ": " + attempted + " refused by rule " + rule + ": " + reason);
    this.rule = rule;
    this.attempted = attempted;
  }

  /** The name of the guard that refused. */
  public String rule() {
    return rule;
  }

  public MaintenanceStep attempted() {
    return attempted;
  }
}
