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

  public DisclosureRefusedException(CustomerId customer, FactKey key, String reason) {
    super("Disclosure of " + key + " of customer " + customer + " refused: " + reason);
    this.customer = customer;
    this.key = key;
    this.reason = reason;
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
