package io.crmkit.core.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.satisfaction.SatisfactionOutcome;
import io.crmkit.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The loyalty thresholds at their edges: each rule holds exactly at its bound and fails one step short. */
class LoyaltyRuleBoundariesTest {
  private static LoyaltyEvidence evidence(BehavioralLoyalty behavior, EmotionalLoyalty emotion) {
    return LoyaltyEvidence.builder().behavior(behavior).emotion(emotion).satisfaction(SatisfactionOutcome.SATISFIED)
        .alternativesAvailable(true).switchingCost(SwitchingCost.LOW).build();
  }

  @Test
  void theDefaultThresholdsAreThoseOfTheCourse() {
    LoyaltyRules d = LoyaltyRules.DEFAULT;
    assertThat(d.minRepeatShare()).isEqualTo(0.5);
    assertThat(d.minTenureDays()).isEqualTo(365);
    assertThat(d.minRecommend()).isEqualTo(9);
    assertThat(d.minAttachment()).isEqualTo(6);
  }

  @Test
  void behaviouralLoyaltyHoldsExactlyAtTheRepeatShareAndTenureBounds() {
    EmotionalLoyalty cool = EmotionalLoyalty.of(5, 3);
    // Two purchases: a repeat share of exactly 0.5.
    assertThat(LoyaltyRules.DEFAULT.isBehaviorallyLoyal(evidence(BehavioralLoyalty.of(2, 365), cool))).isTrue();
    assertThat(LoyaltyRules.DEFAULT.isBehaviorallyLoyal(evidence(BehavioralLoyalty.of(2, 364), cool))).isFalse();
    assertThat(LoyaltyRules.DEFAULT.isBehaviorallyLoyal(evidence(BehavioralLoyalty.of(1, 900), cool))).isFalse();
    LoyaltyRules anyone = ImmutableLoyaltyRules.builder().minRepeatShare(0).minTenureDays(0).build();
    assertThat(anyone.isBehaviorallyLoyal(evidence(BehavioralLoyalty.of(1, 0), cool))).isTrue();
    assertThat(anyone.isBehaviorallyLoyal(evidence(BehavioralLoyalty.of(0, 0), cool))).isFalse();
  }

  @Test
  void emotionalLoyaltyNeedsBothRecommendationAndAttachmentAtTheirBounds() {
    BehavioralLoyalty regular = BehavioralLoyalty.of(12, 900);
    assertThat(LoyaltyRules.DEFAULT.isEmotionallyLoyal(evidence(regular, EmotionalLoyalty.of(9, 6)))).isTrue();
    assertThat(LoyaltyRules.DEFAULT.isEmotionallyLoyal(evidence(regular, EmotionalLoyalty.of(8, 7)))).isFalse();
    assertThat(LoyaltyRules.DEFAULT.isEmotionallyLoyal(evidence(regular, EmotionalLoyalty.of(10, 5)))).isFalse();
  }

  @Test
  void thresholdsOutsideTheirScalesAreRefusedByName() {
    assertThatThrownBy(() -> ImmutableLoyaltyRules.builder().minRepeatShare(1).build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("loyaltyRules.minRepeatShare");
    assertThatThrownBy(() -> ImmutableLoyaltyRules.builder().minRepeatShare(-0.01).build())
        .hasMessageStartingWith("loyaltyRules.minRepeatShare");
    assertThatThrownBy(() -> ImmutableLoyaltyRules.builder().minTenureDays(-1).build())
        .hasMessageStartingWith("loyaltyRules.minTenureDays");
    assertThatThrownBy(() -> ImmutableLoyaltyRules.builder().minRecommend(11).build())
        .hasMessageStartingWith("loyaltyRules.minRecommend");
    assertThatThrownBy(() -> ImmutableLoyaltyRules.builder().minRecommend(-1).build())
        .hasMessageStartingWith("loyaltyRules.minRecommend");
    assertThatThrownBy(() -> ImmutableLoyaltyRules.builder().minAttachment(0).build())
        .hasMessageStartingWith("loyaltyRules.minAttachment");
    assertThatThrownBy(() -> ImmutableLoyaltyRules.builder().minAttachment(8).build())
        .hasMessageStartingWith("loyaltyRules.minAttachment");
    // The edges themselves are allowed.
    ImmutableLoyaltyRules.builder().minRepeatShare(0).minTenureDays(0).minRecommend(0).minAttachment(1).build();
    ImmutableLoyaltyRules.builder().minRepeatShare(0.99).minRecommend(10).minAttachment(7).build();
  }

  @Test
  void behaviourOutsideItsRangeIsRefusedByName() {
    assertThatThrownBy(() -> BehavioralLoyalty.of(-1, 0)).hasMessageStartingWith("behavioralLoyalty.purchases");
    assertThatThrownBy(() -> BehavioralLoyalty.of(0, -1)).hasMessageStartingWith("behavioralLoyalty.tenureDays");
    assertThatThrownBy(() -> ImmutableBehavioralLoyalty.builder().purchases(1).tenureDays(1).shareOfWallet(1.01)
        .build()).hasMessageStartingWith("behavioralLoyalty.shareOfWallet");
    assertThatThrownBy(() -> ImmutableBehavioralLoyalty.builder().purchases(1).tenureDays(1).shareOfWallet(-0.01)
        .build()).hasMessageStartingWith("behavioralLoyalty.shareOfWallet");
    assertThat(ImmutableBehavioralLoyalty.builder().purchases(1).tenureDays(1).shareOfWallet(1.0).build()
        .shareOfWallet()).contains(1.0);
    assertThat(BehavioralLoyalty.of(4, 10).repeatPurchaseShare()).isEqualTo(0.75);
    assertThat(BehavioralLoyalty.of(0, 10).repeatPurchaseShare()).isZero();
  }

  @Test
  void aRegularBuyerWithoutAnyReasonShownGetsTheOpenQuestionAndAnAttachedNonBuyerTheOther() {
    LoyaltyDiagnosis unexplained = LoyaltyRules.DEFAULT.diagnose(evidence(BehavioralLoyalty.of(12, 900),
        EmotionalLoyalty.of(5, 3)));
    assertThat(unexplained.findings()).isEmpty();
    assertThat(unexplained.openQuestion()).hasValueSatisfying(q -> assertThat(q).contains("ask at the next contact"));
    LoyaltyDiagnosis attached = LoyaltyRules.DEFAULT.diagnose(evidence(BehavioralLoyalty.of(1, 30),
        EmotionalLoyalty.of(10, 7)));
    assertThat(attached.behaviorallyLoyal()).isFalse();
    assertThat(attached.emotionallyLoyal()).isTrue();
    assertThat(attached.openQuestion()).hasValueSatisfying(q -> assertThat(q).contains("not buying regularly"));
    assertThat(attached.findings()).isEmpty();
  }
}
