package io.crmkit.core.interaction;

import java.util.EnumSet;
import java.util.Set;

/** Where a commitment stands on a given day. */
public enum CommitmentState {
  /** Made and not yet due. */
  OPEN,
  /** Not resolved and past its due date: it shows on the account manager's due list. */
  OVERDUE,
  KEPT,
  BROKEN,
  WITHDRAWN;

  /** Whether the commitment still waits for an outcome. */
  public boolean isOpen() {
    return this == OPEN || this == OVERDUE;
  }

  /** The outcomes that may still be recorded: all three while open, none afterwards. */
  public Set<CommitmentOutcome> allowedOutcomes() {
    return isOpen() ? EnumSet.allOf(CommitmentOutcome.class) : EnumSet.noneOf(CommitmentOutcome.class);
  }

  static CommitmentState of(CommitmentOutcome outcome) {
    return switch (outcome) {
      case KEPT -> KEPT;
      case BROKEN -> BROKEN;
      case WITHDRAWN -> WITHDRAWN;
    };
  }
}
