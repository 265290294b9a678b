package io.crmkit.core.lifecycle;

import io.crmkit.core.customer.CustomerId;
import java.util.Set;

/**
 * A move the {@link KeyAccountWorkflow} does not allow in the relationship's current stage. Names the
 * stage, the attempted move and the moves that are allowed.
 */
public final class IllegalKeyAccountMoveException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final KeyAccountStage stage;
  private final KeyAccountMove attempted;
  private final Set<KeyAccountMove> allowed;

  public IllegalKeyAccountMoveException(CustomerId customer, KeyAccountStage stage, KeyAccountMove attempted,
      Set<KeyAccountMove> allowed) {
    super("Key account " + customer + " is " + stage + ": " + attempted + " is not allowed; allowed are " + allowed);
    this.stage = stage;
    this.attempted = attempted;
    this.allowed = Set.copyOf(allowed);
  }

  public KeyAccountStage stage() {
    return stage;
  }

  public KeyAccountMove attempted() {
    return attempted;
  }

  public Set<KeyAccountMove> allowed() {
    return allowed;
  }
}
