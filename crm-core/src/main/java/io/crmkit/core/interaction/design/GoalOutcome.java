package io.crmkit.core.interaction.design;

import io.crmkit.core.validation.Require;

/**
 * What became of one goal (互动效果是否实现了既定的目标): the amount observed on its measure and whether
 * that reaches the target.
 *
 * <p>Immutable and thread-safe.
 *
 * @param goal the design's goal, which has a measure
 * @param observed the amount observed on the goal's measure, not negative
 */
public record GoalOutcome(InteractionGoal goal, int observed) {

  /** Validates both fields. */
  public GoalOutcome {
    Require.notNull(goal, "goalOutcome.goal");
    Require.that(goal.measure().isPresent(), "goalOutcome.goal", "must have a measure to be evaluated",
        goal.statement());
    Require.that(observed >= 0, "goalOutcome.observed", "must not be negative", observed);
  }

  /** Whether the observed amount reaches the target. */
  public boolean met() {
    return goal.measure().orElseThrow().isMetBy(observed);
  }

  /** The target of the goal's measure. */
  public int target() {
    return goal.measure().orElseThrow().target();
  }
}
