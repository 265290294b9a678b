package io.crmkit.core.interaction.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The goal checks are rules of the goal alone: nothing else moves their verdict. */
class GoalChecksProperties {
  private static final GoalChecks CHECKS = GoalChecks.standard();

  @Test
  void aGoalsVerdictsAreAFunctionOfTheGoalAlone() {
    qt().forAll(DesignGen.goalLists()).checkAssert(goals -> {
      List<GoalReview> inOrder = goals.stream().map(CHECKS::review).toList();
      List<InteractionGoal> reversed = new ArrayList<>(goals);
      Collections.reverse(reversed);
      for (InteractionGoal g : reversed) {
        GoalReview again = CHECKS.review(copyOf(g));
        assertThat(again).isEqualTo(inOrder.get(goals.indexOf(g)));
      }
    });
  }

  @Test
  void everySingleGoalCheckIsDecidedAndFailsExactlyWhenItsRuleIsBroken() {
    qt().forAll(DesignGen.goals()).checkAssert(goal -> {
      GoalReview review = CHECKS.review(goal);
      assertThat(review.results()).extracting(CheckResult::check)
          .containsExactly(GoalCheck.SPECIFIC, GoalCheck.ACHIEVABLE, GoalCheck.TIME_BOUND);
      assertThat(review.result(GoalCheck.SPECIFIC).passed()).isEqualTo(goal.measure().isPresent());
      boolean timeBound = goal.deadline().map(d -> {
        long days = ChronoUnit.DAYS.between(goal.setOn(), d);
        return days >= 1 && days <= GoalChecks.STANDARD_HORIZON_DAYS;
      }).orElse(false);
      assertThat(review.result(GoalCheck.TIME_BOUND).passed()).isEqualTo(timeBound);
      boolean achievable = goal.measure().map(m -> {
        if (m.countsPeople() && (goal.audience().size().isEmpty()
            || m.target() * 100L > 50L * goal.audience().size().getAsInt())) {
          return false;
        }
        return m.baseline().isEmpty() || m.target() <= 3L * Math.max(1, m.baseline().getAsInt());
      }).orElse(false);
      assertThat(review.result(GoalCheck.ACHIEVABLE).passed()).isEqualTo(achievable);
      assertThat(review.passed()).isEqualTo(review.failures().isEmpty());
    });
  }

  @Test
  void diversityDoesNotDependOnTheOrderOfTheGoalsWhenItPasses() {
    qt().forAll(DesignGen.goalLists()).checkAssert(goals -> {
      List<InteractionGoal> reversed = new ArrayList<>(goals);
      Collections.reverse(reversed);
      assertThat(CHECKS.diversity(reversed).passed()).isEqualTo(CHECKS.diversity(goals).passed());
    });
  }

  /** An equal goal built afresh from its parts, so no shared instance can carry a verdict. */
  private static InteractionGoal copyOf(InteractionGoal g) {
    InteractionObject a = g.audience();
    return new InteractionGoal(new String(g.statement()), g.purpose(), new InteractionObject(new String(a.name()),
        a.stage(), a.basicExpectation(), a.potentialExpectation(), a.size()), g.measure(), g.setOn(), g.deadline());
  }
}
