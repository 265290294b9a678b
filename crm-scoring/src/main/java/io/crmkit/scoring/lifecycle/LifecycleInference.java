package io.crmkit.scoring.lifecycle;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.lifecycle.StageHistory;
import io.crmkit.core.validation.Require;
import io.crmkit.scoring.transactions.TransactionLog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Infers customers' lifecycle stages from a transaction log. The stage as of a day is a pure function
 * of the purchases up to and including that day: later purchases never change an earlier assignment.
 * Each assignment is made by the first of the rules that decides ({@link LifecycleRules} by default),
 * with its evidence; when none decides, the customer is undecided.
 *
 * <p>{@link #histories} turns assessments on a series of days into the core's stage histories (a
 * change is recorded when the decided stage differs from the current one; an undecided day changes
 * nothing), from which {@link io.crmkit.core.lifecycle.StageCohort} counts and flows.
 *
 * <p>Immutable and thread-safe.
 */
public final class LifecycleInference {
  private final LifecyclePolicy policy;
  private final List<LifecycleRule> rules;

  private LifecycleInference(LifecyclePolicy policy, List<LifecycleRule> rules) {
    this.policy = policy;
    this.rules = rules;
  }

  /** Inference with the built-in rules and the default policy. */
  public static LifecycleInference defaults() {
    return of(LifecyclePolicy.DEFAULTS);
  }

  /** Inference with the built-in rules on {@code policy}. */
  public static LifecycleInference of(LifecyclePolicy policy) {
    return of(policy, LifecycleRules.allCurrentRules(policy));
  }

  /** Inference with exactly {@code rules}, asked in order, windows of {@code policy}. */
  public static LifecycleInference of(LifecyclePolicy policy, List<LifecycleRule> rules) {
    Require.notNull(policy, "policy");
    Require.notNull(rules, "rules");
    Require.that(!rules.isEmpty(), "rules", "must hold at least one rule", rules);
    rules.forEach(r -> Require.notNull(r, "rules[]"));
    Require.distinct(rules, LifecycleRule::name, "rules");
    return new LifecycleInference(policy, List.copyOf(rules));
  }

  public LifecyclePolicy policy() {
    return policy;
  }

  public List<LifecycleRule> rules() {
    return rules;
  }

  /** The assignment for one customer's activity. */
  public LifecycleAssignment assign(CustomerActivity activity) {
    Require.notNull(activity, "activity");
    for (LifecycleRule rule : rules) {
      Optional<LifecycleStage> stage = rule.decide(activity);
      if (stage.isPresent()) {
        io.crmkit.core.text.Explanation why = rule.explanation(activity);
        return new LifecycleAssignment(activity.customer(), activity.asOf(), stage, Optional.of(rule.name()),
            rule.evidence(activity), why);
      }
    }
    io.crmkit.core.text.Explanation facts = LifecycleRules.factsExplained(activity, policy);
    return new LifecycleAssignment(activity.customer(), activity.asOf(), Optional.empty(), Optional.empty(),
        facts.render(java.util.Locale.ENGLISH), facts);
  }

  /** The stage of {@code activity} without its evidence (empty when undecided), for where only the stage is read. */
  public Optional<LifecycleStage> stageOf(CustomerActivity activity) {
    Require.notNull(activity, "activity");
    for (LifecycleRule rule : rules) {
      Optional<LifecycleStage> stage = rule.decide(activity);
      if (stage.isPresent()) {
        return stage;
      }
    }
    return Optional.empty();
  }

  /** Every customer's assignment as of the end of {@code asOf}. */
  public LifecycleAssessment assess(TransactionLog log, LocalDate asOf) {
    Require.notNull(log, "log");
    Require.notNull(asOf, "asOf");
    return assess(PurchaseDays.of(log), log, asOf);
  }

  /**
   * Each customer's stage history from assessments at the end of each of {@code days} (strictly
   * increasing). A customer enters the history on the first day it is a customer and decided. An
   * undecided day keeps the stage the customer had, so the histories depend on the days assessed:
   * start them at the cohort's first weeks or months, or a customer first seen undecided has no stage
   * until a rule decides.
   *
   * @throws io.crmkit.core.validation.InvalidValueException naming {@code days} if they are empty or
   *     not strictly increasing
   */
  public List<StageHistory> histories(TransactionLog log, List<LocalDate> days) {
    Require.notNull(log, "log");
    Require.notNull(days, "days");
    Require.that(!days.isEmpty(), "days", "must name at least one day", days);
    for (int i = 1; i < days.size(); i++) {
      Require.that(days.get(i).isAfter(days.get(i - 1)), "days[" + i + "]",
          "must come after " + days.get(i - 1) + " (days strictly increase)", days.get(i));
    }
    PurchaseDays grouped = PurchaseDays.of(log);
    List<StageHistory> histories = new ArrayList<>(log.customers());
    for (int c = 0; c < log.customers(); c++) {
      histories.add(StageHistory.empty(CustomerId.of(log.customerId(c))));
    }
    for (LocalDate day : days) {
      int epochDay = Math.toIntExact(day.toEpochDay());
      for (int c = 0; c < log.customers(); c++) {
        Optional<CustomerActivity> activity = grouped.activity(c, log, epochDay, policy);
        if (activity.isEmpty()) {
          continue;
        }
        Optional<LifecycleStage> stage = stageOf(activity.get());
        StageHistory h = histories.get(c);
        if (stage.isPresent() && !stage.equals(h.current())) {
          histories.set(c, h.record(stage.get(), day, assign(activity.get()).evidence()));
        }
      }
    }
    return List.copyOf(histories);
  }

  /**
   * The activity of customer {@code customer} (dense index) as of {@code asOf}; empty before its first
   * purchase. Groups the log on each call: to read many customers, use {@link #assess}.
   */
  public Optional<CustomerActivity> activity(TransactionLog log, int customer, LocalDate asOf) {
    Require.notNull(log, "log");
    Require.notNull(asOf, "asOf");
    Require.that(customer >= 0 && customer < log.customers(), "customer", "must lie within 0.." + (log.customers() - 1),
        customer);
    return PurchaseDays.of(log).activity(customer, log, Math.toIntExact(asOf.toEpochDay()), policy);
  }

  private LifecycleAssessment assess(PurchaseDays grouped, TransactionLog log, LocalDate asOf) {
    int epochDay = Math.toIntExact(asOf.toEpochDay());
    List<LifecycleAssignment> out = new ArrayList<>();
    for (int c = 0; c < log.customers(); c++) {
      grouped.activity(c, log, epochDay, policy).ifPresent(a -> out.add(assign(a)));
    }
    return new LifecycleAssessment(asOf, out);
  }
}
