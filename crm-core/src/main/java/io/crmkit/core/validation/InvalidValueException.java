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

  private static final java.util.regex.Pattern UNSET =
      java.util.regex.Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)\\]");

  /**
   * For generated code only (the {@link CrmStyle} sends Immutables' null and missing-attribute
   * failures here): {@code generated} is the attribute's name, for a null, or Immutables' "Cannot
   * build Type, some of required attributes are not set [a, b]". Callers use the three-part
   * constructor.
   */
  public InvalidValueException(String generated) {
    super((String) null);
    java.util.regex.Matcher unset = UNSET.matcher(generated == null ? "" : generated);
    if (unset.matches()) {
      String type = unset.group(1);
      this.field = Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + unset.group(2).replace(", ", ",");
      this.rule = "must be set";
      this.rejectedValue = "unset";
    } else {
      this.field = generated == null ? "value" : shorten(generated);
      this.rule = "must not be null";
      this.rejectedValue = "null";
    }
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

  /**
   * The message for a person reading {@code locale}: the field (a code), the rule through
   * {@link RuleTexts} and the rejected value as {@link #getMessage()} shows it (masked if
   * confidential). {@link #getMessage()} stays English, for logs.
   */
  public String describe(java.util.Locale locale) {
    return RuleTexts.message(field, rule, rejectedValue, locale);
  }

  /** The field and the rule for a person reading {@code locale}, without the value: {@code phone must ...}. */
  public String describeRule(java.util.Locale locale) {
    return RuleTexts.message(field, rule, null, locale);
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
