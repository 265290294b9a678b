package io.crmkit.core.complaint;

import java.util.Set;

/**
 * A step the workflow does not allow in the complaint's current state. Names the state, the
 * attempted step and the steps that are allowed.
 */
public final class IllegalComplaintStepException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final ComplaintState state;
  private final ComplaintStep attempted;
  private final Set<ComplaintStep> allowed;

  public IllegalComplaintStepException(ComplaintId complaint, ComplaintState state, ComplaintStep attempted,
      Set<ComplaintStep> allowed) {
    super("Complaint " + complaint + " is " + state + ": " + attempted + " is not allowed; allowed are "
        + allowed);
    this.state = state;
    this.attempted = attempted;
    this.allowed = Set.copyOf(allowed);
  }

  public ComplaintState state() {
    return state;
  }

  public ComplaintStep attempted() {
    return attempted;
  }

  public Set<ComplaintStep> allowed() {
    return allowed;
  }
}
