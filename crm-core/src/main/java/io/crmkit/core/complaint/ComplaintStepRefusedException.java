package io.crmkit.core.complaint;

/**
 * A step the workflow allows in this state but a guard refuses: the classic handling errors (a
 * remedy before the facts, an admission before the facts, closing without follow-up, a step without
 * the role). Names the rule and why it refused.
 */
public final class ComplaintStepRefusedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String rule;
  private final ComplaintStep attempted;

  public ComplaintStepRefusedException(ComplaintId complaint, ComplaintStep attempted, String rule, String reason) {
    super("Complaint " + complaint + ": " + attempted + " refused by rule " + rule + ": " + reason);
    this.rule = rule;
    this.attempted = attempted;
  }

  /** The name of the guard that refused. */
  public String rule() {
    return rule;
  }

  public ComplaintStep attempted() {
    return attempted;
  }
}
