package io.crmkit.scoring.lifecycle;

import io.crmkit.core.text.Explanation;
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
 * @param explanation the same facts as a message and its arguments, for {@link #describe(Locale)}
 */
public record LifecycleAssignment(String customer, LocalDate asOf, Optional<LifecycleStage> stage,
    Optional<String> rule, String evidence, Explanation explanation) {

  /** An assignment whose evidence is written in English only: it reads as written in every language. */
  public LifecycleAssignment(String customer, LocalDate asOf, Optional<LifecycleStage> stage, Optional<String> rule,
      String evidence) {
    this(customer, asOf, stage, rule, evidence, Explanation.of(LifecycleMessage.AS_WRITTEN,
        Require.text(evidence, "lifecycleAssignment.evidence")));
  }

  public LifecycleAssignment {
    Require.text(customer, "lifecycleAssignment.customer");
    Require.notNull(asOf, "lifecycleAssignment.asOf");
    Require.notNull(stage, "lifecycleAssignment.stage");
    Require.notNull(rule, "lifecycleAssignment.rule");
    Require.that(stage.isPresent() == rule.isPresent(), "lifecycleAssignment.rule",
        "must be given exactly when a stage is", rule);
    Require.text(evidence, "lifecycleAssignment.evidence");
    Require.notNull(explanation, "lifecycleAssignment.explanation");
  }

  /** Whether no rule decided. */
  public boolean isUndecided() {
    return stage.isEmpty();
  }

  /** The evidence in {@code locale}. */
  public String evidence(Locale locale) {
    return explanation.render(Require.notNull(locale, "lifecycleAssignment.locale"));
  }

  /**
   * The assignment as a sentence in {@code locale}, the stage by its display name:
   * {@code 最近两个季度的消费上升 186%（39.27 → 112.46），91 天内 3 次购买：成长期（rising-spend）}.
   */
  public String describe(Locale locale) {
    Require.notNull(locale, "lifecycleAssignment.locale");
    return (stage.isPresent() ? Explanation.of(LifecycleMessage.ASSIGNED, explanation, stage.get(), rule.get())
        : Explanation.of(LifecycleMessage.UNDECIDED, explanation)).render(locale);
  }

  /** The assignment as a sentence: {@code spend up 40% ..., 6 purchases in 91 days: growth (rising-spend)}. */
  public String describe() {
    return evidence + ": " + stage.map(s -> s.name().toLowerCase(Locale.ROOT) + " (" + rule.get() + ")")
        .orElse("undecided, no rule decides");
  }
}
