package io.crmkit.core.interaction.design;

import io.crmkit.core.validation.Require;
import java.util.List;

/**
 * The verdicts of the single-goal checks ({@link GoalCheck#SPECIFIC}, {@link GoalCheck#ACHIEVABLE},
 * {@link GoalCheck#TIME_BOUND}) on one goal, in that order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param goal the goal reviewed
 * @param results one verdict per single-goal check
 */
public record GoalReview(InteractionGoal goal, List<CheckResult> results) {

  /** Validates and copies. */
  public GoalReview {
    Require.notNull(goal, "goalReview.goal");
    Require.notNull(results, "goalReview.results");
    results = List.copyOf(results);
  }

  /** Whether the goal passed every check. */
  public boolean passed() {
    return results.stream().allMatch(CheckResult::passed);
  }

  /** The checks the goal failed, with their reasons; empty for a good goal. */
  public List<CheckResult> failures() {
    return results.stream().filter(r -> !r.passed()).toList();
  }

  /** The verdict on {@code check}; {@link GoalCheck#DIVERSE} is refused, as it judges a design's goals together. */
  public CheckResult result(GoalCheck check) {
    Require.notNull(check, "check");
    Require.that(check != GoalCheck.DIVERSE, "check", "must be a single-goal check (DIVERSE judges the goals of a "
        + "design together)", check);
    return results.stream().filter(r -> r.check() == check).findFirst().orElseThrow(() ->
        new IllegalStateException("the review of '" + goal.statement() + "' has no verdict on " + check));
  }
}
