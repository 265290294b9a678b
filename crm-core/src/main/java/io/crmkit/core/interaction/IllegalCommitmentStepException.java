package io.crmkit.core.interaction;

import java.util.Set;

/**
 * An outcome recorded for a commitment whose state does not allow it (a kept promise cannot then be
 * broken). Names the commitment, its state, the attempted outcome and the allowed ones.
 */
public final class IllegalCommitmentStepException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final CommitmentState state;
  private final CommitmentOutcome attempted;
  private final Set<CommitmentOutcome> allowed;

  public IllegalCommitmentStepException(CommitmentId commitment, CommitmentState state,
      CommitmentOutcome attempted, Set<CommitmentOutcome> allowed) {
    super("Commitment " + commitment + " is " + state + ": " + attempted + " is not allowed; allowed are "
        + allowed);
    this.state = state;
    this.attempted = attempted;
    this.allowed = Set.copyOf(allowed);
  }

  public CommitmentState state() {
    return state;
  }

  public CommitmentOutcome attempted() {
    return attempted;
  }

  public Set<CommitmentOutcome> allowed() {
    return allowed;
  }
}
