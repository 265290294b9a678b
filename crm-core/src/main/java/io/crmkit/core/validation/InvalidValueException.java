package io.crmkit.core.validation;

/**
 * A caller passed a value that breaks a rule of the domain model.
 *
 * <p>The exception names the field, the rule and the rejected value; a confidential value is masked,
 * so the message is safe to log. The rejected value is kept to its first {@value #MAX_SHOWN}
 * characters (a longer one ends in "..." and its length), so a hostile megabyte of input never
 * becomes a megabyte of message; the message itself is built only when asked for.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The most characters of a rejected value an exception keeps and shows. */
  public static final int MAX_SHOWN = 80;

  private final String field;
  private final String rule;
  private final String rejectedValue;

  /**
   * @param field the field, dotted from its owner, e.g. {@code "contactPoint.value"}
   * @param rule what the value must satisfy, e.g. {@code "must not be blank"}
   * @param rejectedValue the rejected value as it may be shown (already masked if confidential)
   */
  public InvalidValueException(String field, String rule, String rejectedValue) {
    super((String) null);
    this.field = field;
    this.rule = rule;
    this.rejectedValue = shorten(rejectedValue);
  }

  /** {@code text} itself if short, else its first {@value #MAX_SHOWN} characters, "..." and its length. */
  public static String shorten(String text) {
    if (text == null || text.length() <= MAX_SHOWN + 32) { // room for a value Require has already cut
      return text;
    }
    return text.substring(0, MAX_SHOWN) + "...(" + text.length() + " characters)";
  }

  /** {@code field rule, was value}, built on each call from the short parts. */
  @Override
  public String getMessage() {
    return field + " " + rule + ", was " + rejectedValue;
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
