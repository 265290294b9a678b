package io.crmkit.core.loyalty;

import java.util.Optional;

/**
 * One rule that recognises a kind of loyalty in a behaviourally loyal customer's evidence. The
 * built-in ones are listed by {@link LoyaltyRules#allCurrentRules()}; each extends
 * {@link io.crmkit.core.rule.NamedRule}, which supplies {@link #name()}.
 */
public interface LoyaltyRule {
  /** The rule's name, lower-case kebab-case, e.g. {@code trust}. */
  String name();

  /**
   * The kind of loyalty this rule finds in {@code evidence}, judged with the thresholds of
   * {@code rules}; empty when the evidence does not show it.
   */
  Optional<LoyaltyFinding> finding(LoyaltyEvidence evidence, LoyaltyRules rules);
}
