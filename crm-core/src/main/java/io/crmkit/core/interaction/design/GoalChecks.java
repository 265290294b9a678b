package io.crmkit.core.interaction.design;

import io.crmkit.core.rule.NamedRule;
import io.crmkit.core.validation.Require;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The checks of a good interaction goal (互动目标的注意事项), each a named rule with a plain {@code if}:
 *
 * <ul>
 *   <li>{@code goal-is-specific} (具体性): the goal has a measure, an indicator and a target amount.
 *   <li>{@code goal-is-achievable} (可实现性): a target that counts people asks at most
 *       {@link #maxSharePercent()} % of the audience's known size; a target with a known baseline is
 *       at most {@link #maxGrowthFactor()} times the baseline.
 *   <li>{@code goal-is-time-bound} (时间期限): a deadline after the day the goal was set and at most
 *       {@link #maxHorizonDays()} days after it.
 *   <li>{@code goals-are-diverse} (多样性): a design has more than one goal, no two goals count the
 *       same indicator for the same audience, and the goals differ in purpose or audience.
 * </ul>
 *
 * <p>A verdict depends on the goal (for diversity, the list of goals) and these limits only: never on
 * the clock, the other goals of a design or the order of reviewing.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxSharePercent largest share of an audience a people-counting target may ask, 1..100
 * @param maxGrowthFactor largest multiple of its baseline a target may ask, at least 1
 * @param maxHorizonDays longest time from setting a goal to its deadline, at least 1 day
 */
public record GoalChecks(int maxSharePercent, int maxGrowthFactor, int maxHorizonDays) {

  /** The limits {@link #standard()} uses: half the audience, three times the baseline, a year. */
  public static final int STANDARD_SHARE_PERCENT = 50;
  public static final int STANDARD_GROWTH_FACTOR = 3;
  public static final int STANDARD_HORIZON_DAYS = 365;

  /** Validates the limits. */
  public GoalChecks {
    Require.that(maxSharePercent >= 1 && maxSharePercent <= 100, "goalChecks.maxSharePercent",
        "must be within 1..100", maxSharePercent);
    Require.that(maxGrowthFactor >= 1, "goalChecks.maxGrowthFactor", "must be at least 1", maxGrowthFactor);
    Require.that(maxHorizonDays >= 1, "goalChecks.maxHorizonDays", "must be at least 1", maxHorizonDays);
  }

  /** The checks with the standard limits. */
  public static GoalChecks standard() {
    return new GoalChecks(STANDARD_SHARE_PERCENT, STANDARD_GROWTH_FACTOR, STANDARD_HORIZON_DAYS);
  }

  /** A rule that judges one goal on its own. */
  public interface GoalRule {
    /** The rule's name, e.g. {@code goal-is-specific}. */
    String name();

    /** The check this rule decides. */
    GoalCheck check();

    /** The verdict on {@code goal}. */
    CheckResult judge(InteractionGoal goal);
  }

  /** The single-goal rules in force, in the order of {@link GoalReview#results()}. */
  public List<GoalRule> allCurrentRules() {
    return List.of(new Specific(), new Achievable(maxSharePercent, maxGrowthFactor),
        new TimeBound(maxHorizonDays));
  }

  /** The verdicts of the single-goal checks on {@code goal}. */
  public GoalReview review(InteractionGoal goal) {
    Require.notNull(goal, "goal");
    List<CheckResult> results = new ArrayList<>();
    for (GoalRule rule : allCurrentRules()) {
      results.add(rule.judge(goal));
    }
    return new GoalReview(goal, results);
  }

  /** The review of a design's goals: each goal on its own, then their diversity. */
  public DesignReview review(List<InteractionGoal> goals) {
    Require.notNull(goals, "goals");
    List<GoalReview> reviews = new ArrayList<>();
    for (int i = 0; i < goals.size(); i++) {
      reviews.add(review(Require.notNull(goals.get(i), "goals[" + i + "]")));
    }
    return new DesignReview(reviews, diversity(goals));
  }

  /** The verdict of {@code goals-are-diverse} (多样性) on the goals of one design. */
  public CheckResult diversity(List<InteractionGoal> goals) {
    Require.notNull(goals, "goals");
    return Diverse.RULE.judge(goals);
  }

  private static final class Specific extends NamedRule implements GoalRule {
    Specific() {
      super("goal-is-specific");
    }

    @Override
    public GoalCheck check() {
      return GoalCheck.SPECIFIC;
    }

    @Override
    public CheckResult judge(InteractionGoal goal) {
      if (goal.measure().isEmpty()) {
        return CheckResult.fail(check(), "names no measure: say what is counted and how much is to be reached");
      }
      Measure m = goal.measure().get();
      return CheckResult.pass(check(), "measured by " + m.indicator() + ", target " + m.target());
    }
  }

  private static final class Achievable extends NamedRule implements GoalRule {
    private final int sharePercent;
    private final int growthFactor;

    Achievable(int sharePercent, int growthFactor) {
      super("goal-is-achievable");
      this.sharePercent = sharePercent;
      this.growthFactor = growthFactor;
    }

    @Override
    public GoalCheck check() {
      return GoalCheck.ACHIEVABLE;
    }

    @Override
    public CheckResult judge(InteractionGoal goal) {
      if (goal.measure().isEmpty()) {
        return CheckResult.fail(check(), "without a measure nobody can tell whether it can be reached");
      }
      Measure m = goal.measure().get();
      if (m.countsPeople() && goal.audience().size().isEmpty()) {
        return CheckResult.fail(check(), "counts people of '" + goal.audience().name()
            + "' but the size of that audience is unknown");
      }
      if (m.countsPeople()) {
        long size = goal.audience().size().getAsInt();
        if (100L * m.target() > (long) sharePercent * size) {
          return CheckResult.fail(check(), String.format(Locale.ROOT,
              "asks %d of the %d people of '%s', more than %d%% of them", m.target(), size,
              goal.audience().name(), sharePercent));
        }
      }
      if (m.baseline().isPresent() && (long) m.target() > (long) growthFactor * Math.max(1, m.baseline().getAsInt())) {
        return CheckResult.fail(check(), "asks " + m.target() + " from " + m.baseline().getAsInt()
            + " today, more than " + growthFactor + " times as much");
      }
      return CheckResult.pass(check(), "target " + m.target() + " is within reach"
          + goal.audience().size().stream().mapToObj(s -> " of an audience of " + s).findFirst().orElse(""));
    }
  }

  private static final class TimeBound extends NamedRule implements GoalRule {
    private final int horizonDays;

    TimeBound(int horizonDays) {
      super("goal-is-time-bound");
      this.horizonDays = horizonDays;
    }

    @Override
    public GoalCheck check() {
      return GoalCheck.TIME_BOUND;
    }

    @Override
    public CheckResult judge(InteractionGoal goal) {
      if (goal.deadline().isEmpty()) {
        return CheckResult.fail(check(), "has no deadline");
      }
      long days = ChronoUnit.DAYS.between(goal.setOn(), goal.deadline().get());
      if (days < 1) {
        return CheckResult.fail(check(), "deadline " + goal.deadline().get() + " is not after the day it was set, "
            + goal.setOn());
      }
      if (days > horizonDays) {
        return CheckResult.fail(check(), "deadline is " + days + " days away, beyond the horizon of "
            + horizonDays + " days");
      }
      return CheckResult.pass(check(), "due " + goal.deadline().get() + ", " + days + " days after it was set");
    }
  }

  private static final class Diverse extends NamedRule {
    private static final Diverse RULE = new Diverse();

    private Diverse() {
      super("goals-are-diverse");
    }

    CheckResult judge(List<InteractionGoal> goals) {
      if (goals.size() < 2) {
        return CheckResult.fail(GoalCheck.DIVERSE, goals.size() + " goal(s): an interaction should pursue more than one aim");
      }
      Map<String, Integer> seen = new HashMap<>();
      Set<GoalPurpose> purposes = new LinkedHashSet<>();
      Set<String> audiences = new LinkedHashSet<>();
      for (int i = 0; i < goals.size(); i++) {
        InteractionGoal g = goals.get(i);
        purposes.add(g.purpose());
        audiences.add(g.audience().name());
        String aim = g.audience().name() + "|" + g.measure().map(Measure::indicator).orElse(g.statement());
        Integer earlier = seen.putIfAbsent(aim, i);
        if (earlier != null) {
          return CheckResult.fail(GoalCheck.DIVERSE, "goals " + (earlier + 1) + " and " + (i + 1)
              + " pursue the same thing for '" + g.audience().name() + "'");
        }
      }
      if (purposes.size() == 1 && audiences.size() == 1) {
        return CheckResult.fail(GoalCheck.DIVERSE, "every goal has the one purpose " + purposes.iterator().next()
            + " for the one audience '" + audiences.iterator().next() + "'");
      }
      return CheckResult.pass(GoalCheck.DIVERSE, goals.size() + " goals over " + audiences.size()
          + " audience(s) and " + purposes.size() + " purpose(s)");
    }
  }
}
