package io.crmkit.core.lifecycle;

import io.crmkit.core.customer.CustomerId;

/**
 * A move the table allows but a {@link KeyAccountGuard} refuses: names the move, the rule and why.
 */
public final class KeyAccountMoveRefusedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final KeyAccountMove move;
  private final String rule;
  private final String reason;

  public KeyAccountMoveRefusedException(CustomerId customer, KeyAccountMove move, String rule, String reason) {
    super("Key account " + customer + ": " + move + " refused by rule " + rule + ": " + reason);
    this.move = move;
    this.rule = rule;
    this.reason = reason;
  }

  public KeyAccountMove move() {
    return move;
  }

  /** The name of the guard that refused. */
  public String rule() {
    return rule;
  }

  public String reason() {
    return reason;
  }
}
