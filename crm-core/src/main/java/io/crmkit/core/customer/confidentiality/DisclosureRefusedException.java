package io.crmkit.core.customer.confidentiality;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.profile.FactKey;

/**
 * A confidential fact was requested for a recipient who may not have it: a related party without
 * the customer's consent. Names the customer, the fact key and the rule; never the value.
 */
public final class DisclosureRefusedException extends SecurityException {
  private static final long serialVersionUID = 1L;

  private final transient CustomerId customer;
  private final transient FactKey key;
  private final String reason;

  private final transient io.crmkit.core.text.Explanation explanation;

  public DisclosureRefusedException(CustomerId customer, FactKey key, String reason) {
    this(customer, key, reason, null);
  }

  /** A refusal by {@code decision}: its English reason in the message, its explanation for people. */
  public DisclosureRefusedException(CustomerId customer, FactKey key, DisclosureDecision decision) {
    this(customer, key, decision.reason(), decision.explanation().orElse(null));
  }

  private DisclosureRefusedException(CustomerId customer, FactKey key, String reason,
      io.crmkit.core.text.Explanation explanation) {
    super("Disclosure of " + key + " of customer " + customer + " refused: " + reason);
    this.customer = customer;
    this.key = key;
    this.reason = reason;
    this.explanation = explanation;
  }

  /**
   * The rule that refused, in {@code locale}, for the person who asked (the message stays English,
   * for logs); {@link #reason()} when the refusal was not explained by crmkit.
   */
  public String reason(java.util.Locale locale) {
    io.crmkit.core.validation.Require.notNull(locale, "disclosureRefused.locale");
    return explanation == null ? reason : explanation.render(locale);
  }

  public CustomerId customer() {
    return customer;
  }

  public FactKey key() {
    return key;
  }

  /** The rule that refused. */
  public String reason() {
    return reason;
  }
}
