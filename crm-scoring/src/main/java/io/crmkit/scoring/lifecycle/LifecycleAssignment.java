package io.crmkit.scoring.lifecycle;

import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A customer's lifecycle stage as of a day, with the rule that decided and its evidence; or
 * undecided, with the facts that did not decide.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customer the customer's id in the transaction log
 * @param asOf the day
 * @param stage the stage, empty when undecided
 * @param rule the deciding rule's name, empty when undecided
 * @param evidence the facts, e.g. {@code spend up 40% over the last two quarters, 6 purchases in 91 days}
 */
public record LifecycleAssignment(String customer, LocalDate asOf, Optional<LifecycleStage> stage,
    Optional<String> rule, String evidence) {
  public LifecycleAssignment {
    Require.text(customer, "lifecycleAssignment.customer");
    Require.notNull(asOf, "lifecycleAssignment.asOf");
    Require.notNull(stage, "lifecycleAssignment.stage");
    Require.notNull(rule, "lifecycleAssignment.rule");
    Require.that(stage.isPresent() == rule.isPresent(), "lifecycleAssignment.rule",
        "must be given exactly when a stage is", rule);
    Require.text(evidence, "lifecycleAssignment.evidence");
  }

  /** Whether no rule decided. */
  public boolean isUndecided() {
    return stage.isEmpty();
  }

  /** The assignment as a sentence: {@code spend up 40% ..., 6 purchases in 91 days: growth (rising-spend)}. */
  public String describe() {
    return evidence + ": " + stage.map(s -> s.name().toLowerCase(Locale.ROOT) + " (" + rule.get() + ")")
        .orElse("undecided, no rule decides");
  }
}
