package io.crmkit.core.interaction.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.interaction.ChannelCatalogue;
import io.crmkit.core.interaction.InteractionChannel;
import io.crmkit.core.validation.InvalidValueException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A design is accepted exactly when the review of its goals passes, and a refusal names the failed check. */
class InteractionDesignProperties {
  private static final InteractionChannel EMAIL = ChannelCatalogue.standard().channel("email");
  private static final AtomicInteger ACCEPTED = new AtomicInteger();
  private static final AtomicInteger REFUSED = new AtomicInteger();

  @AfterAll
  static void theGeneratedDraftsWereBothAcceptedAndRefused() {
    assertThat(ACCEPTED.get()).isPositive();
    assertThat(REFUSED.get()).isPositive();
  }

  /** Goals whose audiences of the same name are one audience, as a design requires. */
  private static List<InteractionGoal> oneAudiencePerName(List<InteractionGoal> goals) {
    Map<String, InteractionObject> byName = new LinkedHashMap<>();
    List<InteractionGoal> same = new ArrayList<>();
    for (InteractionGoal g : goals) {
      InteractionObject a = byName.computeIfAbsent(g.audience().name(), n -> g.audience());
      same.add(new InteractionGoal(g.statement(), g.purpose(), a, g.measure(), g.setOn(), g.deadline()));
    }
    return same;
  }

  private static ImmutableInteractionDesign.Builder draft(List<InteractionGoal> goals) {
    ImmutableInteractionDesign.Builder design = InteractionDesign.builder().title("generated")
        .startsOn(DesignGen.TERM_START).endsOn(DesignGen.TERM_START.plusDays(30)).addAllGoals(goals);
    goals.stream().map(InteractionGoal::audience).distinct().forEach(a -> design.addObjects(a)
        .addContents(new InteractionContent(a, "news", List.of("what is new"), ContentStructure.KEY_MESSAGE_FIRST,
            ContentFormat.SHORT_NOTE, EMAIL))
        .addChannelPlans(new ChannelPlan(a, EMAIL, Frequency.once(30), "once", "cheap and fast")));
    return design;
  }

  @Test
  void aDesignIsAcceptedExactlyWhenItsGoalReviewPasses() {
    qt().forAll(lists().of(DesignGen.mixedGoals()).ofSizeBetween(1, 4)).checkAssert(generated -> {
      List<InteractionGoal> goals = oneAudiencePerName(generated);
      DesignReview review = GoalChecks.standard().review(goals);
      if (review.passed()) {
        assertThat(draft(goals).build().goals()).isEqualTo(goals);
        ACCEPTED.incrementAndGet();
      } else {
        String firstFailure = review.goals().stream().flatMap(g -> g.failures().stream()).findFirst()
            .orElse(review.diversity()).check().name();
        assertThatThrownBy(() -> draft(goals).build()).isInstanceOf(InvalidValueException.class)
            .hasMessageContaining("must pass the check " + firstFailure);
        REFUSED.incrementAndGet();
      }
    });
  }
}
