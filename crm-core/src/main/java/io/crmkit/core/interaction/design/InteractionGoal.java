package io.crmkit.core.interaction.design;

import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One goal of an interaction design (互动目标): what it should achieve, with which audience, how it is
 * measured and by when. A goal is a plain statement of intent; whether it is a good goal (具体性,
 * 可实现性, 时间期限, and across the design 多样性) is judged by {@link GoalChecks}, which reports every
 * failed check by name. A vague goal can therefore be written down and reviewed, but a design will
 * not accept it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param statement the goal in words
 * @param purpose deepen existing ties or attract potential customers
 * @param audience whom it addresses
 * @param measure how it is measured; empty for a goal stated without a measure
 * @param setOn the day the goal was set
 * @param deadline by when it must be reached; empty for an open-ended goal
 */
public record InteractionGoal(String statement, GoalPurpose purpose, InteractionObject audience,
    Optional<Measure> measure, LocalDate setOn, Optional<LocalDate> deadline) {

  /** Validates every field; the quality of the goal is left to {@link GoalChecks}. */
  public InteractionGoal {
    Require.text(statement, "interactionGoal.statement");
    Require.notNull(purpose, "interactionGoal.purpose");
    Require.notNull(audience, "interactionGoal.audience");
    Require.notNull(measure, "interactionGoal.measure");
    Require.notNull(setOn, "interactionGoal.setOn");
    Require.notNull(deadline, "interactionGoal.deadline");
  }

  /** A measured goal with a deadline: the shape every goal should have. */
  public static InteractionGoal of(String statement, GoalPurpose purpose, InteractionObject audience,
      Measure measure, LocalDate setOn, LocalDate deadline) {
    Require.notNull(measure, "interactionGoal.measure");
    Require.notNull(deadline, "interactionGoal.deadline");
    return new InteractionGoal(statement, purpose, audience, Optional.of(measure), setOn, Optional.of(deadline));
  }

  /** A goal stated in words only, with no measure and no deadline; {@link GoalChecks} will say so. */
  public static InteractionGoal statedOnly(String statement, GoalPurpose purpose, InteractionObject audience,
      LocalDate setOn) {
    return new InteractionGoal(statement, purpose, audience, Optional.empty(), setOn, Optional.empty());
  }
}
