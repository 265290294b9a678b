package io.crmkit.scoring.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.lifecycle.StageHistory;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.scoring.transactions.TransactionLog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lifecycle rules on small histories, each assignment with its evidence. */
class LifecycleInferenceTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private final LifecycleInference inference = LifecycleInference.defaults();

  @Test
  void theQuizCaseDeepeningTrustAndGrowingReturnsWithTheVolumeOfTradeIsGrowth() {
    // 003, question 10: knowledge and trust keep deepening, and as the volume of trade grows both sides
    // get more from the relationship: which stage? B, growth.
    assertThat(LifecycleStage.GROWTH.meaning()).contains("trust deepen").contains("returns grow with the volume of trade");
    // The same case in a transaction history: 100.00 over three purchases in the quarter before, 140.00 over six
    // in the last quarter.
    TransactionLog.Builder b = TransactionLog.builder(EUR);
    b.add("acme", AS_OF.minusDays(300), new BigDecimal("50.00"));
    for (int i = 0; i < 3; i++) {
      b.add("acme", AS_OF.minusDays(100 + 20 * i), new BigDecimal(i == 0 ? "40.00" : "30.00"));
    }
    for (int i = 0; i < 6; i++) {
      b.add("acme", AS_OF.minusDays(5 + 14 * i), new BigDecimal(i < 2 ? "25.00" : "22.50"));
    }
    LifecycleAssignment a = inference.assess(b.build(), AS_OF).of("acme").orElseThrow();
    assertThat(a.stage()).contains(LifecycleStage.GROWTH);
    assertThat(a.rule()).contains("rising-spend");
    assertThat(a.describe()).isEqualTo(
        "spend up 40% over the last two quarters (100.00 -> 140.00), 6 purchases in 91 days: growth (rising-spend)");
  }

  @Test
  void aCustomerOfLessThanAQuarterIsExploring() {
    TransactionLog log = log(new Object[] {"new", 20, "35.00"}, new Object[] {"new", 3, "12.00"});
    assertThat(inference.assess(log, AS_OF).of("new").orElseThrow().describe())
        .isEqualTo("first purchase 20 days ago (exploring under 91), 2 purchases so far: exploration (new-customer)");
  }

  @Test
  void noPurchaseForTwoQuartersIsDecline() {
    TransactionLog log = log(new Object[] {"gone", 400, "80.00"}, new Object[] {"gone", 200, "60.00"});
    LifecycleAssignment a = inference.assess(log, AS_OF).of("gone").orElseThrow();
    assertThat(a.stage()).contains(LifecycleStage.DECLINE);
    assertThat(a.evidence()).isEqualTo("no purchase for 200 days (decline from 182), 2 purchases in all");
  }

  @Test
  void spendFallingByAThirdIsDeclineEvenWhileTheCustomerStillBuys() {
    TransactionLog log = log(new Object[] {"slipping", 300, "20.00"}, new Object[] {"slipping", 120, "100.00"},
        new Object[] {"slipping", 100, "100.00"}, new Object[] {"slipping", 10, "50.00"});
    assertThat(inference.assess(log, AS_OF).of("slipping").orElseThrow().describe()).isEqualTo(
        "spend down 75% over the last two quarters (200.00 -> 50.00), 1 purchase in 91 days: decline (falling-spend)");
  }

  @Test
  void steadyTradeOverHalfAYearIsMaturity() {
    TransactionLog log = log(new Object[] {"steady", 250, "60.00"}, new Object[] {"steady", 150, "60.00"},
        new Object[] {"steady", 120, "50.00"}, new Object[] {"steady", 60, "55.00"}, new Object[] {"steady", 20, "50.00"});
    LifecycleAssignment a = inference.assess(log, AS_OF).of("steady").orElseThrow();
    assertThat(a.stage()).contains(LifecycleStage.MATURITY);
    assertThat(a.evidence()).startsWith("spend down 5% over the last two quarters (110.00 -> 105.00), 2 purchases");
  }

  @Test
  void whereNoRuleDecidesTheCustomerIsUndecidedWithTheFacts() {
    // A rise of 18%: too much to be steady (15%), too little to be growth (20%).
    TransactionLog log = log(new Object[] {"unclear", 250, "10.00"}, new Object[] {"unclear", 120, "100.00"},
        new Object[] {"unclear", 30, "118.00"});
    LifecycleAssignment a = inference.assess(log, AS_OF).of("unclear").orElseThrow();
    assertThat(a.isUndecided()).isTrue();
    assertThat(a.describe()).isEqualTo("spend up 18% over the last two quarters (100.00 -> 118.00), 1 purchase in "
        + "91 days, a customer for 250 days, last purchase 30 days ago: undecided, no rule decides");
  }

  @Test
  void customersWhoseFirstPurchaseComesLaterAreNotYetAssessed() {
    TransactionLog log = log(new Object[] {"early", 10, "5.00"}, new Object[] {"late", -10, "5.00"});
    LifecycleAssessment assessment = inference.assess(log, AS_OF);
    assertThat(assessment.customers()).isEqualTo(1);
    assertThat(assessment.of("late")).isEmpty();
  }

  @Test
  void impossibleWindowsAreRefusedNamingTheField() {
    assertThatThrownBy(() -> LifecyclePolicy.DEFAULTS.withWindowDays(0))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("lifecyclePolicy.windowDays"));
    assertThatThrownBy(() -> LifecyclePolicy.DEFAULTS.withWindowDays(-91))
        .hasMessage("lifecyclePolicy.windowDays must be positive, was -91");
    assertThatThrownBy(() -> LifecyclePolicy.DEFAULTS.withTenures(180, 90))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("lifecyclePolicy.maturityTenureDays"))
        .hasMessageContaining("must not be less than explorationTenureDays 180");
    assertThatThrownBy(() -> LifecyclePolicy.DEFAULTS.withTenures(-1, 90))
        .hasMessageStartingWith("lifecyclePolicy.explorationTenureDays must not be negative");
    assertThatThrownBy(() -> LifecyclePolicy.DEFAULTS.withLapsedAfterDays(0))
        .hasMessageStartingWith("lifecyclePolicy.lapsedAfterDays must be positive");
    TransactionLog log = log(new Object[] {"a", 10, "5.00"});
    assertThatThrownBy(() -> inference.histories(log, List.of(AS_OF, AS_OF.minusDays(1))))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("days[1]"));
  }

  @Test
  void historiesRecordAChangeOnlyWhenTheDecidedStageDiffers() {
    TransactionLog log = log(new Object[] {"acme", 300, "50.00"}, new Object[] {"acme", 250, "50.00"});
    List<StageHistory> h = inference.histories(log, List.of(AS_OF.minusDays(290), AS_OF.minusDays(260),
        AS_OF.minusDays(100), AS_OF));
    assertThat(h).hasSize(1);
    assertThat(h.get(0).describe()).isEqualTo("2025-09-13 (start) -> EXPLORATION: first purchase 10 days ago "
        + "(exploring under 91), 1 purchase so far\n"
        + "2026-03-22 EXPLORATION -> DECLINE: spend down 100% over the last two quarters (50.00 -> 0.00), "
        + "0 purchases in 91 days\n");
    // On the last day the customer is still in decline (now lapsed): nothing more is recorded.
    assertThat(inference.assess(log, AS_OF).of("acme").orElseThrow().rule()).contains("lapsed");
  }

  /** Rows of customer id, days before AS_OF, amount. */
  private static TransactionLog log(Object[]... rows) {
    TransactionLog.Builder b = TransactionLog.builder(EUR);
    for (Object[] r : rows) {
      b.add((String) r[0], AS_OF.minusDays((Integer) r[1]), new BigDecimal((String) r[2]));
    }
    return b.build();
  }
}
