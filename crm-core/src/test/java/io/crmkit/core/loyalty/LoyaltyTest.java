package io.crmkit.core.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.sales.Order;
import io.crmkit.core.customer.sales.Product;
import io.crmkit.core.money.Money;
import io.crmkit.core.satisfaction.SatisfactionOutcome;
import io.crmkit.core.validation.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Satisfaction and loyalty are separate: every combination occurs, and each kind of loyalty has its reason. */
class LoyaltyTest {
  private static final LoyaltyRules RULES = LoyaltyRules.DEFAULT;
  private static final BehavioralLoyalty REGULAR = BehavioralLoyalty.of(12, 900);
  private static final BehavioralLoyalty ONE_OFF = BehavioralLoyalty.of(1, 30);

  private static ImmutableLoyaltyEvidence.Builder evidence(BehavioralLoyalty behavior, SatisfactionOutcome outcome) {
    return LoyaltyEvidence.builder().behavior(behavior).emotion(EmotionalLoyalty.of(7, 4)).satisfaction(outcome)
        .alternativesAvailable(true).switchingCost(SwitchingCost.LOW);
  }

  @Test
  void aSatisfiedCustomerNeedNotBeLoyal() {
    LoyaltyDiagnosis d = RULES.diagnose(evidence(ONE_OFF, SatisfactionOutcome.SATISFIED).build());

    assertThat(d.satisfied()).isTrue();
    assertThat(d.behaviorallyLoyal()).isFalse();
    assertThat(d.quadrant()).isEqualTo(SatisfactionLoyaltyQuadrant.MERCENARY);
    assertThat(d.findings()).isEmpty();
  }

  @Test
  void aLoyalCustomerNeedNotBeSatisfied() {
    LoyaltyDiagnosis d = RULES.diagnose(evidence(REGULAR, SatisfactionOutcome.DISSATISFIED)
        .alternativesAvailable(false).build());

    assertThat(d.behaviorallyLoyal()).isTrue();
    assertThat(d.satisfied()).isFalse();
    assertThat(d.quadrant()).isEqualTo(SatisfactionLoyaltyQuadrant.HOSTAGE);
    assertThat(d.primary()).contains(LoyaltyType.MONOPOLY);
    assertThat(d.findings().get(0).reason()).isEqualTo("has no alternative supplier");
  }

  @Test
  void highSwitchingCostWithoutAttachmentIsInertia() {
    LoyaltyDiagnosis d = RULES.diagnose(evidence(REGULAR, SatisfactionOutcome.BASICALLY_SATISFIED)
        .switchingCost(SwitchingCost.HIGH).build());
    assertThat(d.primary()).contains(LoyaltyType.INERTIA);
    assertThat(d.quadrant()).isEqualTo(SatisfactionLoyaltyQuadrant.APOSTLE);
  }

  @Test
  void aPersonalTieIsRelationshipLoyalty() {
    LoyaltyDiagnosis d = RULES.diagnose(evidence(REGULAR, SatisfactionOutcome.BASICALLY_SATISFIED)
        .personalTie("her daughter works at the branch").build());
    assertThat(d.findings()).extracting(LoyaltyFinding::reason).containsExactly("personal tie: her daughter works at the branch");
  }

  @Test
  void choosingUsWithAlternativesAtHandAndRecommendingUsIsTrust() {
    LoyaltyDiagnosis d = RULES.diagnose(evidence(REGULAR, SatisfactionOutcome.SATISFIED)
        .emotion(EmotionalLoyalty.of(10, 7)).personalTie("knows the manager").build());

    assertThat(d.primary()).contains(LoyaltyType.TRUST);
    assertThat(d.findings()).extracting(LoyaltyFinding::type).containsExactly(LoyaltyType.TRUST, LoyaltyType.RELATIONSHIP);
    assertThat(d.emotionallyLoyal()).isTrue();
  }

  @Test
  void aLoyalCustomerWithNoKnownReasonRaisesAQuestion() {
    LoyaltyDiagnosis d = RULES.diagnose(evidence(REGULAR, SatisfactionOutcome.SATISFIED).build());
    assertThat(d.findings()).isEmpty();
    assertThat(d.openQuestion()).hasValueSatisfying(q -> assertThat(q).startsWith("keeps buying for a reason"));
  }

  @Test
  void behaviouralLoyaltyIsReadFromOrders() {
    Customer c = Customer.person(CustomerId.of("c-1"), "Ingrid Johansson");
    for (int i = 0; i < 4; i++) {
      c = c.placeOrder(Order.builder().orderId("o-" + i).orderDate(LocalDate.of(2024, 1, 10).plusMonths(6L * i))
          .product(Product.of("Plan", "P")).unitPrice(Money.of("10.00", "EUR")).quantity(1).build());
    }
    BehavioralLoyalty b = BehavioralLoyalty.of(c, LocalDate.of(2026, 1, 10));
    assertThat(b.purchases()).isEqualTo(4);
    assertThat(b.repeatPurchaseShare()).isEqualTo(0.75);
    assertThat(b.tenureDays()).isEqualTo(731);
  }

  @Test
  void loyaltyScoresOffTheirScalesAreRejected() {
    assertThatThrownBy(() -> EmotionalLoyalty.of(11, 4)).isInstanceOf(InvalidValueException.class)
        .hasMessage("emotionalLoyalty.likelihoodToRecommend must lie on the scale 0-10, was 11");
    assertThatThrownBy(() -> EmotionalLoyalty.of(5, 0)).isInstanceOf(InvalidValueException.class)
        .hasMessage("emotionalLoyalty.attachment must lie on the scale 1-7, was 0");
    assertThatThrownBy(() -> BehavioralLoyalty.of(-1, 0)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("behavioralLoyalty.purchases");
  }
}
