package io.crmkit.core.customer.confidentiality;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import org.immutables.value.Value;

/**
 * The answer to a disclosure request, from the host's {@link DisclosureAuthoriser} or the consent
 * rules: granted or refused, and the rule that decided. Never contains the value itself, nor any
 * personal value (ids, categories and purposes only).
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

  /** A grant, for the rule {@code reason}. */
  public static DisclosureDecision grant(String reason) {
    return ImmutableDisclosureDecision.of(true, Require.text(reason, "disclosureDecision.reason"));
  }

  /** A refusal, for the rule {@code reason}. */
  public static DisclosureDecision refuse(String reason) {
    return ImmutableDisclosureDecision.of(false, Require.text(reason, "disclosureDecision.reason"));
  }
}
