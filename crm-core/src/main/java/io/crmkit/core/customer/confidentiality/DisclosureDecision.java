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

  /**
   * The rule as a message and its arguments, when crmkit decided (its own authorisers and the
   * consent rules), so it can be shown in the reader's language; empty for a host's own decision.
   */
  public abstract java.util.Optional<io.crmkit.core.text.Explanation> explanation();

  /** The rule that decided, in {@code locale} when it is {@linkplain #explanation() explained}, else {@link #reason()}. */
  public String reason(java.util.Locale locale) {
    Require.notNull(locale, "disclosureDecision.locale");
    return explanation().map(e -> e.render(locale)).orElse(reason());
  }

  /** A grant, for the rule {@code explanation} (its English rendering is the {@link #reason()}). */
  public static DisclosureDecision grant(io.crmkit.core.text.Explanation explanation) {
    Require.notNull(explanation, "disclosureDecision.explanation");
    return ImmutableDisclosureDecision.of(true, explanation.render(java.util.Locale.ENGLISH)).withExplanation(explanation);
  }

  /** A refusal, for the rule {@code explanation} (its English rendering is the {@link #reason()}). */
  public static DisclosureDecision refuse(io.crmkit.core.text.Explanation explanation) {
    Require.notNull(explanation, "disclosureDecision.explanation");
    return ImmutableDisclosureDecision.of(false, explanation.render(java.util.Locale.ENGLISH)).withExplanation(explanation);
  }

  /** A grant, for the rule {@code reason}. */
  public static DisclosureDecision grant(String reason) {
    return ImmutableDisclosureDecision.of(true, Require.text(reason, "disclosureDecision.reason"));
  }

  /** A refusal, for the rule {@code reason}. */
  public static DisclosureDecision refuse(String reason) {
    return ImmutableDisclosureDecision.of(false, Require.text(reason, "disclosureDecision.reason"));
  }
}
