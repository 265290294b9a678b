package io.crmkit.core.customize;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.CustomerId;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Playbook rules can test the lifecycle stage, the key-account stage and the relationship risks. */
class StageFactsTest {

  @Test
  void aRuleFileTestsStagesAndRisksAndTheRecommendationCitesThem() {
    List<PlaybookRule> rules = PlaybookParser.parse(new StringReader("""
        rule win-back-declining
          priority 60
          when lifecycle in decline
          then a win-back offer from the account manager

        rule partner-multi-level
          priority 70
          when key-account-stage in strategic_partnership, middle
          when risk in single_contact_person
          then meet the customer's senior leaders as well
        """), "stages.rules");
    CustomerSituation situation = CustomerSituation.builder().customer(CustomerId.of("c-1")).lifecycleStage("DECLINE")
        .keyAccountStage("MIDDLE").addRelationshipRisks("SINGLE_CONTACT_PERSON", "NO_DECISION_MAKER").build();
    TreatmentPlan plan = Playbook.of(rules).recommend(situation);
    assertThat(plan.recommendations()).extracting(Recommendation::rule)
        .containsExactly("partner-multi-level", "win-back-declining");
    assertThat(plan.recommendations().get(0).because())
        .containsExactly("key-account-stage = MIDDLE", "risk = SINGLE_CONTACT_PERSON");
    assertThat(situation.facts()).contains("lifecycle = DECLINE", "risk = NO_DECISION_MAKER");
  }

  @Test
  void aRiskConditionMayAcceptAnyRisk() {
    Condition any = Condition.any(Condition.Fact.RISK);
    CustomerSituation none = CustomerSituation.builder().customer(CustomerId.of("c-2")).build();
    assertThat(any.holds(none)).isFalse();
    assertThat(any.holds(CustomerSituation.builder().from(none).addRelationshipRisks("NO_ACCOUNT_MANAGER").build()))
        .isTrue();
    assertThat(any).hasToString("risk any");
  }
}
