package io.crmkit.core.lifecycle;

import io.crmkit.core.text.Explanation;
import java.util.Locale;
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
 * @param why the reason as a message and its arguments, for {@link #describe(Locale)}
 * @param todo the advice as a message and its arguments
 */
public record InterruptionWarning(CustomerId customer, InterruptionCause cause, String rule, String reason,
    String advice, Explanation why, Explanation todo) {

  /** A warning written in English only (a host's rule): it reads as written in every language. */
  public InterruptionWarning(CustomerId customer, InterruptionCause cause, String rule, String reason, String advice) {
    this(customer, cause, rule, reason, advice,
        Explanation.of(WarningReason.AS_WRITTEN, Require.text(reason, "interruptionWarning.reason")),
        Explanation.of(WarningReason.AS_WRITTEN, Require.text(advice, "interruptionWarning.advice")));
  }

  /** A warning explained: the reason and the advice are the explanations' English renderings. */
  public InterruptionWarning(CustomerId customer, InterruptionCause cause, String rule, Explanation why,
      Explanation todo) {
    this(customer, cause, rule, Require.notNull(why, "interruptionWarning.why").render(Locale.ENGLISH),
        Require.notNull(todo, "interruptionWarning.todo").render(Locale.ENGLISH), why, todo);
  }

  public InterruptionWarning {
    Require.notNull(customer, "interruptionWarning.customer");
    Require.notNull(cause, "interruptionWarning.cause");
    Require.text(rule, "interruptionWarning.rule");
    Require.text(reason, "interruptionWarning.reason");
    Require.text(advice, "interruptionWarning.advice");
    Require.notNull(why, "interruptionWarning.why");
    Require.notNull(todo, "interruptionWarning.todo");
  }

  /** What the record shows, in {@code locale}. */
  public String reason(Locale locale) {
    return why.render(Require.notNull(locale, "interruptionWarning.locale"));
  }

  /** What the account manager should do, in {@code locale}. */
  public String advice(Locale locale) {
    return todo.render(Require.notNull(locale, "interruptionWarning.locale"));
  }

  /** The warning as a line in {@code locale}, the cause by its display name. */
  public String describe(Locale locale) {
    Require.notNull(locale, "interruptionWarning.locale");
    return Explanation.of(WarningReason.WARNING, Explanation.asCode(cause), customer, why, todo).render(locale);
  }

  /** The warning as a line. */
  public String describe() {
    return "interruption risk (" + cause + ") for " + customer + ": " + reason + "; " + advice;
  }
}
