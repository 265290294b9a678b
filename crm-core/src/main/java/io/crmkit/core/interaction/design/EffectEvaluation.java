package io.crmkit.core.interaction.design;

import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.interaction.InteractionId;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The evaluation of a design after it ran (评估互动效果): for each goal whether it was met (是否实现了既定
 * 的目标), the problems to improve (存在哪些问题需要改进), the new findings, problems or phenomena noticed
 * on the way (发现了哪些新问题或者新现象), and the interactions that carried the design out, by id.
 *
 * <p>It is made after the fact: each linked interaction took place within the design's run and by the
 * evaluation day, on a channel the design planned; every goal has exactly one outcome, in the
 * design's order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param design the design evaluated
 * @param evaluatedOn the day of the evaluation
 * @param outcomes one per goal of the design, in its order
 * @param problems what to improve next time
 * @param findings new problems or phenomena noticed
 * @param carriedOutBy the interactions that carried the design out, each once
 */
public record EffectEvaluation(InteractionDesign design, LocalDate evaluatedOn, List<GoalOutcome> outcomes,
    List<String> problems, List<String> findings, List<InteractionId> carriedOutBy) {

  /** Validates and copies; use {@link #of} to link interactions and check they happened in time. */
  public EffectEvaluation {
    Require.notNull(design, "effectEvaluation.design");
    Require.notNull(evaluatedOn, "effectEvaluation.evaluatedOn");
    Require.that(!evaluatedOn.isBefore(design.startsOn()), "effectEvaluation.evaluatedOn",
        "must not be before the design starts on " + design.startsOn(), evaluatedOn);
    Require.notNull(outcomes, "effectEvaluation.outcomes");
    outcomes = List.copyOf(outcomes);
    Require.that(outcomes.size() == design.goals().size(), "effectEvaluation.outcomes",
        "must give one outcome for each of the design's " + design.goals().size() + " goals", outcomes.size());
    for (int i = 0; i < outcomes.size(); i++) {
      Require.that(outcomes.get(i).goal().equals(design.goals().get(i)), "effectEvaluation.outcomes[" + i + "]",
          "must be for the design's goal " + (i + 1) + " (" + design.goals().get(i).statement() + ")",
          outcomes.get(i).goal().statement());
    }
    problems = texts(problems, "effectEvaluation.problems");
    findings = texts(findings, "effectEvaluation.findings");
    Require.notNull(carriedOutBy, "effectEvaluation.carriedOutBy");
    carriedOutBy = List.copyOf(carriedOutBy);
    Require.that(!carriedOutBy.isEmpty(), "effectEvaluation.carriedOutBy",
        "must link at least one interaction that carried the design out", 0);
    Require.distinct(carriedOutBy, "effectEvaluation.carriedOutBy");
  }

  /**
   * The evaluation of {@code design} on {@code evaluatedOn}, with the amounts observed for its goals in
   * order, linked to the interactions that carried it out.
   */
  public static EffectEvaluation of(InteractionDesign design, LocalDate evaluatedOn, List<Integer> observed,
      List<String> problems, List<String> findings, List<Interaction> carriedOutBy) {
    Require.notNull(design, "effectEvaluation.design");
    Require.notNull(evaluatedOn, "effectEvaluation.evaluatedOn");
    Require.notNull(observed, "effectEvaluation.observed");
    Require.that(observed.size() == design.goals().size(), "effectEvaluation.observed",
        "must give one amount for each of the design's " + design.goals().size() + " goals", observed.size());
    Require.notNull(carriedOutBy, "effectEvaluation.carriedOutBy");
    List<GoalOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < observed.size(); i++) {
      outcomes.add(new GoalOutcome(design.goals().get(i), Require.notNull(observed.get(i),
          "effectEvaluation.observed[" + i + "]")));
    }
    List<InteractionId> ids = new ArrayList<>();
    for (Interaction interaction : carriedOutBy) {
      Require.notNull(interaction, "effectEvaluation.carriedOutBy[]");
      String field = "effectEvaluation.carriedOutBy[" + interaction.id() + "]";
      Require.that(!interaction.day().isBefore(design.startsOn()) && !interaction.day().isAfter(design.endsOn()),
          field, "must take place within the design's run " + design.startsOn() + ".." + design.endsOn(),
          interaction.day());
      Require.that(!interaction.day().isAfter(evaluatedOn), field,
          "must have taken place by the evaluation day " + evaluatedOn, interaction.day());
      Require.that(design.channelCodes().contains(interaction.channel()), field,
          "must be on a channel the design planned " + design.channelCodes(), interaction.channel());
      ids.add(interaction.id());
    }
    return new EffectEvaluation(design, evaluatedOn, outcomes, problems, findings, ids);
  }

  private static List<String> texts(List<String> values, String field) {
    Require.notNull(values, field);
    List<String> copy = List.copyOf(values);
    for (int i = 0; i < copy.size(); i++) {
      Require.text(copy.get(i), field + "[" + i + "]");
    }
    return copy;
  }

  /** The goals that were met. */
  public List<GoalOutcome> met() {
    return outcomes.stream().filter(GoalOutcome::met).toList();
  }

  /** The goals that were not met. */
  public List<GoalOutcome> missed() {
    return outcomes.stream().filter(o -> !o.met()).toList();
  }

  /** The evaluation as text: the goal table, then problems and findings, then the interactions. */
  public String describe() {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s, evaluated %s: %d of %d goals met%n",
        design.title(), evaluatedOn, met().size(), outcomes.size()));
    for (GoalOutcome o : outcomes) {
      text.append(String.format(Locale.ROOT, "  %-4s %-26s %-40s %5d / %-5d%n", o.met() ? "met" : "not",
          o.goal().audience().name(), o.goal().measure().orElseThrow().indicator(), o.observed(), o.target()));
    }
    problems.forEach(p -> text.append("  problem: ").append(p).append('\n'));
    findings.forEach(f -> text.append("  finding: ").append(f).append('\n'));
    text.append("  carried out by ").append(carriedOutBy).append('\n');
    return text.toString();
  }
}
