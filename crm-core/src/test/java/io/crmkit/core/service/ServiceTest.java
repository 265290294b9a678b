package io.crmkit.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.satisfaction.ExpectationProblemType;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Service as 003 and 001 teach it: front and back stage, the customer who is not God, store visitors. */
class ServiceTest {

  @Test
  void aRepairProcessThatSendsTheCustomerToTheWorkshopBreaksBothRulesOfTheProcess() {
    ServiceBlueprint repair = ServiceBlueprint.of(ServiceStep.front("take the call", "service desk"),
        ServiceStep.back("order the part", "warehouse"),
        new ServiceStep("agree the repair date", ServiceStage.BACK_STAGE, "workshop", true),
        ServiceStep.front("repair on site", "field engineers"));

    assertThat(repair.contactPoints()).hasSize(2);
    assertThat(repair.findings()).containsExactly(
        "unify the front stage: the customer deals with 3 teams (service desk, workshop, field engineers)",
        "hide the back stage: in 'agree the repair date' the customer deals with workshop");
  }

  @Test
  void oneFrontAndAHiddenBackPassTheProcessRules() {
    ServiceBlueprint desk = ServiceBlueprint.of(ServiceStep.front("take the call", "service desk"),
        ServiceStep.back("order the part", "warehouse"), ServiceStep.front("confirm the date", "service desk"));
    assertThat(desk.findings()).isEmpty();
  }

  @Test
  void theCustomerIsNotGodACompensationForTheirOwnLossIsDeclinedCourteously() {
    CustomerRequest flood = new CustomerRequest("pay for the machine I left out in the rain", false, true, false,
        true, 5);
    assertThat(ServiceStance.decide(flood)).isEqualTo(RequestOutcome.HOLD_THE_PRINCIPLE);
    assertThat(ServiceStance.decide(flood).problem()).contains(ExpectationProblemType.UNREASONABLE);
    assertThat(ServiceStance.explain(flood)).endsWith("attitude: courteous and respectful, whatever the answer");
  }

  @Test
  void aSpecialNeedWeCanMeetButNeverPromisedIsAnExtraAndAPromisedOneIsDone() {
    assertThat(ServiceStance.decide(new CustomerRequest("weekend delivery", false, true, false, false, 1)))
        .isEqualTo(RequestOutcome.OFFER_AS_EXTRA);
    assertThat(ServiceStance.decide(new CustomerRequest("repair within the warranty", true, true, false, false, 1)))
        .isEqualTo(RequestOutcome.GRANT);
    assertThat(ServiceStance.decide(new CustomerRequest("same-hour repair in the mountains", true, false, false,
        false, 1))).isEqualTo(RequestOutcome.RESET_THE_EXPECTATION);
  }

  @Test
  void aBrowserIsGreetedAndGivenRoomUntilTheySignalInterest() {
    FloorApproach looking = StoreFloor.approach(List.of(VisitorCue.STROLLS_AND_LOOKS));
    assertThat(looking.purpose()).isEqualTo(VisitorPurpose.BROWSING);
    assertThat(looking.stepUp()).isFalse();
    assertThat(looking.describe()).contains("do not shadow them");

    FloorApproach interested = StoreFloor.approach(List.of(VisitorCue.STROLLS_AND_LOOKS, VisitorCue.PICKS_UP_A_PRODUCT));
    assertThat(interested.stepUp()).isTrue();
    assertThat(interested.reason()).isEqualTo("a browser who now signals interest (picks up a product)");
  }

  @Test
  void aVisitorWhoNamesTheModelHasASpecificNeedAndOneWhoComparesMustChoose() {
    assertThat(StoreFloor.purposeOf(List.of(VisitorCue.NAMES_A_BRAND_OR_MODEL))).isEqualTo(VisitorPurpose.SPECIFIC_NEED);
    assertThat(StoreFloor.purposeOf(List.of(VisitorCue.STROLLS_AND_LOOKS, VisitorCue.COMPARES_PRODUCTS)))
        .isEqualTo(VisitorPurpose.UNCLEAR_NEED);
  }

  @Test
  void theServiceTechniquesComeInOrderAndWhatIsMissingIsNamed() {
    assertThat(ServiceTechnique.missing(EnumSet.of(ServiceTechnique.RECEIVE, ServiceTechnique.SOLVE)))
        .containsExactly(ServiceTechnique.UNDERSTAND_THE_NEED, ServiceTechnique.KEEP_THE_PROMISE);
    assertThat(ServiceMode.of(false)).isEqualTo(ServiceMode.PROACTIVE);
  }
}
