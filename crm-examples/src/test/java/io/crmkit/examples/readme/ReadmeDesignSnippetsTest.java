package io.crmkit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.interaction.ChannelCatalogue;
import io.crmkit.core.interaction.ChannelCode;
import io.crmkit.core.interaction.Commitment;
import io.crmkit.core.interaction.CommitmentId;
import io.crmkit.core.interaction.CommitmentLedger;
import io.crmkit.core.interaction.ExchangeContent;
import io.crmkit.core.interaction.Initiator;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.interaction.InteractionId;
import io.crmkit.core.interaction.InteractionRecorder;
import io.crmkit.core.interaction.Purpose;
import io.crmkit.core.interaction.design.ContentFormat;
import io.crmkit.core.interaction.design.ContentStructure;
import io.crmkit.core.interaction.design.DesignReview;
import io.crmkit.core.interaction.design.GoalChecks;
import io.crmkit.core.interaction.design.GoalPurpose;
import io.crmkit.core.interaction.design.InteractionContent;
import io.crmkit.core.interaction.design.InteractionGoal;
import io.crmkit.core.interaction.design.InteractionObject;
import io.crmkit.core.interaction.design.Measure;
import io.crmkit.core.interaction.design.RelationshipStage;
import io.crmkit.core.interaction.maintenance.IllegalMaintenanceStepException;
import io.crmkit.core.interaction.maintenance.MaintenanceAction.IntegrateInformation;
import io.crmkit.core.interaction.maintenance.MaintenanceAction.UnderstandDeeply;
import io.crmkit.core.interaction.maintenance.Concern;
import io.crmkit.core.interaction.maintenance.MaintenanceCommand;
import io.crmkit.core.interaction.maintenance.MaintenanceCycle;
import io.crmkit.core.interaction.maintenance.MaintenanceCycles;
import io.crmkit.core.interaction.maintenance.MaintenanceRecord;
import io.crmkit.core.interaction.maintenance.MaintenanceStep;
import io.crmkit.core.interaction.maintenance.NextStep;
import io.crmkit.core.interaction.maintenance.Provision;
import io.crmkit.core.interaction.maintenance.RecordItem;
import io.crmkit.core.validation.InvalidValueException;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The snippets of the guide's interaction-design and maintenance-cycle section (crm-examples/GUIDE.md), compiled and checked. */
class ReadmeDesignSnippetsTest {

  @Test
  void reviewTheGoalsOfADesign() {
    // README: goals
    InteractionObject members = InteractionObject.of("potential members", RelationshipStage.POTENTIAL_ACQUISITION)
        .withSize(600);
    LocalDate setOn = LocalDate.of(2025, 9, 8);
    InteractionGoal signUps = InteractionGoal.of("students sign up for the audition", GoalPurpose.ATTRACT_POTENTIAL,
        members, Measure.people("audition sign-ups", 40).from(15), setOn, LocalDate.of(2025, 10, 17));
    InteractionGoal vague = InteractionGoal.statedOnly("make the club better known", GoalPurpose.ATTRACT_POTENTIAL,
        members, setOn);
    DesignReview review = GoalChecks.standard().review(List.of(signUps, vague));
    review.passed();     // false
    review.failures();   // goal 2 (make the club better known): SPECIFIC failed: names no measure: ...
                         // ... ACHIEVABLE failed, TIME_BOUND failed, and DIVERSE failed for the pair
    // README: end
    assertThat(review.passed()).isFalse();
    assertThat(review.goals().get(0).passed()).isTrue();
    assertThat(review.failures()).hasSize(4);
    assertThat(review.failures().get(0)).startsWith(
        "goal 2 (make the club better known): SPECIFIC failed: names no measure");
    assertThat(review.failures().get(3)).startsWith("goals: DIVERSE failed: every goal has the one purpose");
    assertThat(members.potentialExpectation()).isEqualTo("greater material benefit and the company's care");
  }

  @Test
  void contentMustFitItsChannel() {
    InteractionObject members = InteractionObject.of("potential members", RelationshipStage.POTENTIAL_ACQUISITION);
    // README: content
    ChannelCatalogue channels = ChannelCatalogue.standard();
    InteractionContent onTheWeb = new InteractionContent(members, "the audition in a few lines",
        List.of("when and where"), ContentStructure.KEY_MESSAGE_FIRST, ContentFormat.SHORT_NOTE,
        channels.channel("website"));
    // a document cannot go by phone: refused with the reason
    // interactionContent.format must fit the channel phone (a document needs a rich channel, phone is NOT_RICH)
    // README: end
    assertThat(onTheWeb.format().fits(channels.channel("website"))).isTrue();
    assertThatThrownBy(() -> new InteractionContent(members, "the whole programme", List.of("every role"),
        ContentStructure.KEY_MESSAGE_FIRST, ContentFormat.DOCUMENT, channels.channel("phone")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("interactionContent.format must fit the channel phone (a document needs a rich channel, phone "
            + "is NOT_RICH), was DOCUMENT");
  }

  @Test
  void askTheMaintenanceCycleForTheNextStep() {
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    Clock lastVisitDay = Clock.fixed(Instant.parse("2026-10-20T08:00:00Z"), zone);
    Clock clock = Clock.fixed(Instant.parse("2026-11-01T01:00:00Z"), zone);
    // README: cycle
    CustomerId acme = CustomerId.of("c-005");
    EmployeeId chen = EmployeeId.of("em-chen");
    Interaction lastVisit = InteractionRecorder.of(lastVisitDay, ChannelCatalogue.standard())
        .record(InteractionId.of("I-1020"), acme, ChannelCode.of("face-to-face"), Initiator.COMPANY,
            Purpose.REGULAR_CHECK_IN, Set.of(ExchangeContent.PRODUCT_SERVICE_INFORMATION))
        .addStaff(chen)
        .addCommitments(Commitment.of(CommitmentId.of("P-1"), "send the fee comparison", LocalDate.of(2026, 10, 30)))
        .build();
    MaintenanceRecord record = MaintenanceRecord.of(Customer.organization(acme, "Acme Trading Co."),
        CommitmentLedger.of(List.of(lastVisit)));

    MaintenanceCycles cycles = MaintenanceCycles.on(clock);
    MaintenanceCycle cycle = cycles.apply(cycles.start(acme),
        MaintenanceCommand.by(chen, new IntegrateInformation(List.of())), record);
    NextStep next = cycles.nextStep(cycle, record);
    next.step();      // CONTACT_WARMLY
    next.describe();  // + OPEN_COMMITMENTS: 1 open: P-1 due 2026-10-30 (overdue 2 days)
                      // - LAST_SATISFACTION_RESULT (advised): no satisfaction result on record: ask ...
    // skipping a step names the state and the allowed steps:
    // ... is INFORMATION_INTEGRATED: UNDERSTAND_DEEPLY is not allowed; allowed are [INTEGRATE_INFORMATION, CONTACT_WARMLY]
    // README: end
    assertThat(next.step()).isEqualTo(MaintenanceStep.CONTACT_WARMLY);
    assertThat(next.describe()).contains("+ OPEN_COMMITMENTS: 1 open: P-1 due 2026-10-30 (overdue 2 days)")
        .contains("- LAST_SATISFACTION_RESULT (advised): no satisfaction result on record: ask");
    assertThat(next.missing()).extracting(Provision::item)
        .containsExactly(RecordItem.APPOINTMENT, RecordItem.LAST_SATISFACTION_RESULT);
    assertThatThrownBy(() -> cycles.apply(cycle, MaintenanceCommand.by(chen,
        new UnderstandDeeply(List.of(Concern.business("cash flow")))), record))
        .isInstanceOf(IllegalMaintenanceStepException.class)
        .hasMessageEndingWith("is INFORMATION_INTEGRATED: UNDERSTAND_DEEPLY is not allowed; allowed are "
            + "[INTEGRATE_INFORMATION, CONTACT_WARMLY]");
  }

  @Test
  void theReadmeAndTheGuideShowEverySnippetOfThisFileVerbatim() throws IOException {
    assertThat(DocumentationSnippets.assertShownVerbatim("ReadmeDesignSnippetsTest")).isEqualTo(3);
  }
}
