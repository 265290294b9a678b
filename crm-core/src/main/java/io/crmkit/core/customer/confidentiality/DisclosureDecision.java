package io.crmkit.core.customer.confidentiality;

import io.crmkit.core.validation.CrmStyle;
import org.immutables.value.Value;

/**
 * The answer of the {@link ConfidentialityPolicy} to a disclosure request: granted or refused, and
 * the rule that decided. Never contains the value itself.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class DisclosureDecision {
  @Value.Parameter
  public abstract boolean granted();

  /** The rule that decided, in words a manager understands. */
  @Value.Parameter
  public abstract String reason();

  static DisclosureDecision grant(String reason) {
    return ImmutableDisclosureDecision.of(true, reason);
  }

  static DisclosureDecision refuse(String reason) {
    return ImmutableDisclosureDecision.of(false, reason);
  }
}
