package io.crmkit.core.interaction.design;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of interaction-design values, shared by every design property. */
final class DesignGen {
  static final LocalDate TERM_START = LocalDate.of(2026, 9, 1);
  private static final List<String> AUDIENCES = List.of("student affairs teachers", "potential members",
      "enthusiastic audience", "alumni", "sponsors");
  private static final List<String> INDICATORS = List.of("sign-ups", "tickets sold", "feedback forms",
      "rehearsal rooms approved", "visits");

  private DesignGen() {}

  static Gen<InteractionObject> audiences() {
    Gen<OptionalInt> size = integers().between(1, 2_000).map(OptionalInt::of)
        .mix(Generate.constant(OptionalInt.empty()), 20);
    return integers().between(0, AUDIENCES.size() - 1).zip(Generate.enumValues(RelationshipStage.class), size,
        (i, stage, n) -> {
          InteractionObject o = InteractionObject.of(AUDIENCES.get(i), stage);
          return n.isPresent() ? o.withSize(n.getAsInt()) : o;
        });
  }

  static Gen<Optional<Measure>> measures() {
    Gen<Measure> measure = integers().between(0, INDICATORS.size() - 1).zip(integers().between(1, 3_000),
        booleans().all(), integers().between(-1, 800), (i, target, people, base) -> {
          Measure m = people ? Measure.people(INDICATORS.get(i), target) : Measure.count(INDICATORS.get(i), target);
          return base < 0 ? m : m.from(base);
        });
    return measure.map(Optional::of).mix(Generate.constant(Optional.empty()), 15);
  }

  static Gen<InteractionGoal> goals() {
    Gen<Optional<LocalDate>> deadline = integers().between(-30, 500).map(d -> Optional.of(TERM_START.plusDays(d)))
        .mix(Generate.constant(Optional.empty()), 15);
    return Generate.enumValues(GoalPurpose.class).zip(audiences(), measures(), deadline,
        (purpose, audience, measure, due) -> new InteractionGoal("goal for " + audience.name(), purpose, audience,
            measure, TERM_START, due));
  }

  /** Goals built to pass the single-goal checks: measured, small targets, a deadline within the horizon. */
  static Gen<InteractionGoal> soundGoals() {
    return Generate.enumValues(GoalPurpose.class).zip(integers().between(0, AUDIENCES.size() - 1),
        integers().between(0, INDICATORS.size() - 1), integers().between(1, 200), integers().between(1, 300),
        (purpose, a, i, target, days) -> InteractionGoal.of("goal for " + AUDIENCES.get(a), purpose,
            InteractionObject.of(AUDIENCES.get(a), RelationshipStage.GROWTH).withSize(1_000),
            Measure.people(INDICATORS.get(i), target), TERM_START, TERM_START.plusDays(days)));
  }

  /** Any goals, about half of them sound. */
  static Gen<InteractionGoal> mixedGoals() {
    return goals().mix(soundGoals(), 50);
  }

  static Gen<List<InteractionGoal>> goalLists() {
    return lists().of(goals()).ofSizeBetween(0, 6);
  }
}
