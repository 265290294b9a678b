package io.crmkit.core.identify;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.contact.ContactPointKind;
import io.crmkit.core.validation.CrmStyle;
import org.immutables.value.Value;

/**
 * A contact point the detector could not normalize, so it took no part in matching: a data-quality
 * finding to fix at the source, reported instead of swallowed.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class UnusableContactPoint {
  @Value.Parameter
  public abstract CustomerId customer();

  @Value.Parameter
  public abstract ContactPointKind kind();

  /** Why it could not be normalized, in English: the field and the rule it broke. */
  @Value.Parameter
  public abstract String reason();

  /** The field that broke a rule ({@code phone}), when the reason is a validation rule. */
  public abstract java.util.Optional<String> field();

  /** The rule it broke, in English, when the reason is a validation rule. */
  public abstract java.util.Optional<String> rule();

  /**
   * The reason in {@code locale}: the field and the rule through
   * {@link io.crmkit.core.validation.RuleTexts}; {@link #reason()} when no rule is known.
   */
  public String reason(java.util.Locale locale) {
    io.crmkit.core.validation.Require.notNull(locale, "unusableContactPoint.locale");
    if (field().isEmpty() || rule().isEmpty()) {
      return reason();
    }
    return new io.crmkit.core.validation.InvalidValueException(field().get(), rule().get(), "")
        .describeRule(locale);
  }
}
