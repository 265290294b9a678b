package io.crmkit.core.validation;

/**
 * A caller passed a value that breaks a rule of the domain model.
 *
 * <p>The exception names the field, the rule and the rejected value; a confidential value is masked,
 * so the message is safe to log. Nothing is built when it is thrown.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rule;
  private final String rejectedValue;

  /**
   * @param field the field, dotted from its owner, e.g. {@code "contactPoint.value"}
   * @param rule what the value must satisfy, e.g. {@code "must not be blank"}
   * @param rejectedValue the rejected value as it may be shown (already masked if confidential)
   */
  public InvalidValueException(String field, String rule, String rejectedValue) {
    super(field + " " + rule + ", was " + rejectedValue);
    this.field = field;
    this.rule = rule;
    this.rejectedValue = rejectedValue;
  }

  /** The field that broke the rule, dotted from its owner. */
  public String field() {
    return field;
  }

  /** The rule it broke. */
  public String rule() {
    return rule;
  }

  /** The rejected value as shown in the message ({@link CrmStyle#REDACTED} when confidential). */
  public String rejectedValue() {
    return rejectedValue;
  }
}
