package io.crmkit.core.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.crmkit.core.satisfaction.SatisfactionOutcome;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Satisfaction and behavioural loyalty are measured independently of each other. */
class LoyaltyProperties {

  private static Gen<LoyaltyEvidence> evidence() {
    Gen<BehavioralLoyalty> behavior = integers().between(0, 40).zip(integers().between(0, 4_000), BehavioralLoyalty::of);
    Gen<EmotionalLoyalty> emotion = integers().between(0, 10).zip(integers().between(1, 7), EmotionalLoyalty::of);
    return behavior.zip(emotion, arbitrary().enumValues(SatisfactionOutcome.class), booleans().all(),
        arbitrary().enumValues(SwitchingCost.class),
        (b, e, s, alternatives, cost) -> LoyaltyEvidence.builder().behavior(b).emotion(e).satisfaction(s)
            .alternativesAvailable(alternatives).switchingCost(cost).build());
  }

  @Test
  void satisfactionNeverChangesWhetherACustomerIsBehaviourallyLoyal() {
    qt().forAll(evidence(), arbitrary().enumValues(SatisfactionOutcome.class)).checkAssert((e, other) -> {
      LoyaltyDiagnosis before = LoyaltyRules.DEFAULT.diagnose(e);
      LoyaltyDiagnosis after = LoyaltyRules.DEFAULT.diagnose(
          ImmutableLoyaltyEvidence.copyOf(e).withSatisfaction(other));
      assertThat(after.behaviorallyLoyal()).isEqualTo(before.behaviorallyLoyal());
      assertThat(after.emotionallyLoyal()).isEqualTo(before.emotionallyLoyal());
    });
  }

  @Test
  void theQuadrantIsExactlySatisfiedTimesLoyal() {
    qt().forAll(evidence()).checkAssert(e -> {
      LoyaltyDiagnosis d = LoyaltyRules.DEFAULT.diagnose(e);
      assertThat(d.quadrant()).isEqualTo(SatisfactionLoyaltyQuadrant.of(d.satisfied(), d.behaviorallyLoyal()));
      assertThat(d.satisfied()).isEqualTo(e.satisfaction() != SatisfactionOutcome.DISSATISFIED);
    });
  }

  @Test
  void onlyCustomersWhoKeepBuyingHaveAKindOfLoyaltyAndTrustNeedsAlternatives() {
    qt().forAll(evidence()).checkAssert(e -> {
      LoyaltyDiagnosis d = LoyaltyRules.DEFAULT.diagnose(e);
      if (!d.behaviorallyLoyal()) {
        assertThat(d.findings()).isEmpty();
      }
      if (d.primary().filter(t -> t == LoyaltyType.TRUST).isPresent()) {
        assertThat(e.alternativesAvailable()).isTrue();
        assertThat(d.emotionallyLoyal()).isTrue();
      }
    });
  }
}
