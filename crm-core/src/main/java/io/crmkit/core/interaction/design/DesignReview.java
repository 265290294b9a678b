package io.crmkit.core.interaction.design;

import io.crmkit.core.validation.Require;
import java.util.ArrayList;
import java.util.List;

/**
 * The review of a design's goals before the design is accepted: each goal's single-goal verdicts and
 * the diversity verdict on all of them. {@link #failures()} lists every failed check by name, so a
 * planner sees all that is wrong at once.
 *
 * <p>Immutable and thread-safe.
 *
 * @param goals one review per goal, in the design's order
 * @param diversity the verdict of {@link GoalCheck#DIVERSE}
 */
public record DesignReview(List<GoalReview> goals, CheckResult diversity) {

  /** Validates and copies. */
  public DesignReview {
    Require.notNull(goals, "designReview.goals");
    goals = List.copyOf(goals);
    Require.notNull(diversity, "designReview.diversity");
  }

  /** Whether every goal passed every check and the goals are diverse. */
  public boolean passed() {
    return diversity.passed() && goals.stream().allMatch(GoalReview::passed);
  }

  /** Every failed check as a line: {@code goal 2 (make the club known): SPECIFIC failed: ...}. */
  public List<String> failures() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < goals.size(); i++) {
      GoalReview g = goals.get(i);
      for (CheckResult r : g.failures()) {
        lines.add("goal " + (i + 1) + " (" + g.goal().statement() + "): " + r.describe());
      }
    }
    if (!diversity.passed()) {
      lines.add("goals: " + diversity.describe());
    }
    return List.copyOf(lines);
  }
}
