package io.crmkit.core.lifecycle;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.Require;

/**
 * A warning that a key-account relationship may be interrupted for {@code cause}, raised by what the
 * record shows before the interruption happens, with what to do about it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customer the key account
 * @param cause the interruption it points to
 * @param rule the warning's name, e.g. {@code single-contact-person}
 * @param reason what the record shows
 * @param advice what the account manager should do
 */
public record InterruptionWarning(CustomerId customer, InterruptionCause cause, String rule, String reason,
    String advice) {
  public InterruptionWarning {
    Require.notNull(customer, "interruptionWarning.customer");
    Require.notNull(cause, "interruptionWarning.cause");
    Require.text(rule, "interruptionWarning.rule");
    Require.text(reason, "interruptionWarning.reason");
    Require.text(advice, "interruptionWarning.advice");
  }

  /** The warning as a line. */
  public String describe() {
    return "interruption risk (" + cause + ") for " + customer + ": " + reason + "; " + advice;
  }
}
