package io.crmkit.scoring.lifecycle;

import io.crmkit.core.lifecycle.LifecycleStage;
import java.util.Optional;

/**
 * One rule of lifecycle inference: reads a customer's activity and either points to a stage or stays
 * silent; when it decides, it says why in {@link #evidence}. Deciding and explaining are apart so the
 * words are only written for assignments someone reads. The built-in rules are in
 * {@link LifecycleRules}; hosts add their own, most simply as a class that extends
 * {@link io.crmkit.core.rule.NamedRule}, which supplies {@link #name()}.
 */
public interface LifecycleRule {
  /** The rule's name, lower-case kebab-case, as assignments report it. */
  String name();

  /** The stage {@code activity} points to by this rule; empty when the rule does not decide. */
  Optional<LifecycleStage> decide(CustomerActivity activity);

  /** Why the rule decided as it did for {@code activity}, e.g. {@code spend up 40% over the last two quarters, 6 purchases in 91 days}. */
  String evidence(CustomerActivity activity);

  /**
   * The evidence as a message and its arguments, so it reads in the reader's language; the built-in
   * rules explain in English and Chinese, and a host's rule that does not override this reads as its
   * {@link #evidence} in every language.
   */
  default io.crmkit.core.text.Explanation explanation(CustomerActivity activity) {
    return io.crmkit.core.text.Explanation.of(LifecycleMessage.AS_WRITTEN, evidence(activity));
  }
}
