package io.crmkit.core.complaint;

import io.crmkit.core.TestClock;

import static io.crmkit.core.complaint.ComplaintFixtures.AGENT;
import static io.crmkit.core.complaint.ComplaintFixtures.MONDAY_9AM;
import static io.crmkit.core.complaint.ComplaintFixtures.SUPERVISOR;
import static io.crmkit.core.complaint.ComplaintFixtures.brokenKettle;
import static io.crmkit.core.complaint.ComplaintFixtures.facts;
import static io.crmkit.core.complaint.ComplaintFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.money.Money;
import io.crmkit.core.satisfaction.PerceptionSample;
import io.crmkit.core.satisfaction.ServiceDimension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stories of complaint-handling practice, each walked end to end. */
class ComplaintScenarioTest {
  private final TestClock clock = new TestClock(MONDAY_9AM);
  private final List<PerceptionSample> perceptions = new ArrayList<>();
  private final ComplaintHandling handling = ComplaintHandling.builder().clock(clock)
      .perceptionSink(perceptions::add).build();

  private Complaint later(Complaint c, Duration after, ComplaintCommand command) {
    clock.advance(after);
    return handling.apply(c, command);
  }

  @Test
  void aFaultIsAcceptedAndFixed() {
    Complaint c = handling.receive(ComplaintId.of("CMP-1"), brokenKettle(ComplaintSeverity.MEDIUM), AGENT);
    // Let the customer vent; express sincerity; that is the first response.
    c = later(c, Duration.ofMinutes(20), ComplaintCommand.acknowledge(AGENT, "listened, apologised for the trouble"));
    c = later(c, Duration.ofMinutes(5), step(ComplaintStep.START_INVESTIGATION, "asked for photos and the receipt"));
    c = later(c, Duration.ofHours(2), facts("seal missing at the base; batch 7 has the same fault"));
    c = later(c, Duration.ofMinutes(10), ComplaintCommand.judgeValid(AGENT, ComplaintCause.PRODUCT_QUALITY,
        "manufacturing fault"));
    // Only now, with the facts clear, may we admit the fault.
    c = later(c, Duration.ofMinutes(1), step(ComplaintStep.ADMIT_FAULT, "our fault: a faulty batch"));
    c = later(c, Duration.ofMinutes(1), step(ComplaintStep.PROPOSE_REMEDY, "replacement kettle delivered tomorrow"));
    c = later(c, Duration.ofMinutes(30), step(ComplaintStep.ACCEPT_REMEDY, "customer agrees"));
    c = later(c, Duration.ofDays(1), step(ComplaintStep.IMPLEMENT_REMEDY, "replacement delivered, old one collected"));
    c = later(c, Duration.ofDays(3), ComplaintCommand.followUp(AGENT, 5, true, "works fine, thanked us"));
    c = later(c, Duration.ofMinutes(1), step(ComplaintStep.CLOSE, "solved"));

    assertThat(c.state()).isEqualTo(ComplaintState.CLOSED);
    assertThat(c.status().cause()).contains(ComplaintCause.PRODUCT_QUALITY);
    assertThat(c.status().followUp().map(ComplaintAction.FollowUp::rating)).contains(5);
    assertThat(c.history()).hasSize(11);
    assertThat(Complaint.replay(c.id(), c.history())).isEqualTo(c);
    // The follow-up rating became perception samples of responsiveness and integrity.
    assertThat(perceptions).extracting(PerceptionSample::dimension)
        .containsExactly(ServiceDimension.RESPONSIVENESS, ServiceDimension.INTEGRITY);
  }

  @Test
  void aComplaintFoundNotValidIsExplainedAndClosed() {
    Complaint c = handling.receive(ComplaintId.of("CMP-2"), brokenKettle(ComplaintSeverity.LOW), AGENT);
    c = later(c, Duration.ofMinutes(10), ComplaintCommand.acknowledge(AGENT, "heard the customer out"));
    c = later(c, Duration.ofMinutes(5), step(ComplaintStep.START_INVESTIGATION, "inspect the kettle"));
    c = later(c, Duration.ofHours(3), ComplaintCommand.recordFacts(AGENT, "boiled dry on a gas stove",
        java.util.Optional.of(ComplaintCause.MISUSE)));
    c = later(c, Duration.ofMinutes(5), step(ComplaintStep.JUDGE_NOT_VALID, "damage from misuse"));
    c = later(c, Duration.ofMinutes(20), step(ComplaintStep.EXPLAIN, "showed the manual's warning, offered a discount on a new one"));
    c = later(c, Duration.ofMinutes(1), step(ComplaintStep.CLOSE, "customer accepted the explanation"));

    assertThat(c.state()).isEqualTo(ComplaintState.CLOSED);
    assertThat(c.status().judgement()).isEqualTo(Judgement.NOT_VALID);
    assertThat(c.status().cause().map(ComplaintCause::isCompanyCause)).contains(false);
  }

  @Test
  void aDeclinedRemedyIsEscalatedByAChangeOfHandler() {
    Complaint c = investigatedAndValid("CMP-3");
    c = later(c, Duration.ofMinutes(5), step(ComplaintStep.PROPOSE_REMEDY, "repair within two weeks"));
    c = later(c, Duration.ofHours(1), step(ComplaintStep.DECLINE_REMEDY, "customer wants a new one now"));
    Complaint declined = c;
    // Proposing again without escalating is the classic error the guard stops.
    assertThatThrownBy(() -> handling.apply(declined, step(ComplaintStep.PROPOSE_REMEDY, "repair again")))
        .isInstanceOf(ComplaintStepRefusedException.class).hasMessageContaining("escalate-after-decline");
    // Only a supervisor may hand over.
    assertThatThrownBy(() -> handling.apply(declined, ComplaintCommand.changeHandler(AGENT, EmployeeId.of("em-mei"),
        "over to my supervisor"))).isInstanceOf(ComplaintStepRefusedException.class)
        .hasMessageContaining("actor-has-role");
    c = later(c, Duration.ofMinutes(10), ComplaintCommand.changeHandler(SUPERVISOR, EmployeeId.of("em-mei"),
        "escalated to the team lead"));
    c = later(c, Duration.ofMinutes(10), step(ComplaintStep.PROPOSE_REMEDY, "new kettle from stock today"));
    c = later(c, Duration.ofMinutes(10), step(ComplaintStep.ACCEPT_REMEDY, "accepted"));

    assertThat(c.state()).isEqualTo(ComplaintState.REMEDY_ACCEPTED);
    assertThat(c.status().handler()).isEqualTo(EmployeeId.of("em-mei"));
  }

  @Test
  void aShelvedComplaintResumesWhereItStoodAndItsClockPausesMeanwhile() {
    Complaint c = investigatedAndValid("CMP-4");
    SlaPolicy sla = SlaPolicy.standard(ComplaintFixtures.CALENDAR);
    c = later(c, Duration.ofMinutes(1), ComplaintCommand.shelve(AGENT, clock.instant().plus(Duration.ofDays(2)),
        "customer very upset: cooling-off until Wednesday"));
    Duration atShelving = sla.status(c, clock.instant()).resolution().elapsed();
    clock.advance(Duration.ofDays(2));
    assertThat(sla.status(c, clock.instant()).resolution().elapsed()).isEqualTo(atShelving);

    c = handling.apply(c, step(ComplaintStep.RESUME, "called back as agreed"));
    assertThat(c.state()).isEqualTo(ComplaintState.VALID);
    c = later(c, Duration.ofHours(1), ComplaintCommand.compromise(SUPERVISOR, Money.of("20.00", "EUR"),
        "replacement plus a EUR 20 voucher"));
    assertThat(c.state()).isEqualTo(ComplaintState.REMEDY_PROPOSED);
    assertThat(c.status().concessionCost()).contains(Money.of("20.00", "EUR"));
    assertThat(sla.status(c, clock.instant()).resolution().elapsed()).isEqualTo(atShelving.plus(Duration.ofHours(1)));
  }

  @Test
  void aClosedComplaintIsReopenedWithinTheWindowAndInvestigatedAgain() {
    Complaint c = investigatedAndValid("CMP-5");
    c = later(c, Duration.ofMinutes(1), step(ComplaintStep.PROPOSE_REMEDY, "replacement"));
    c = later(c, Duration.ofMinutes(1), step(ComplaintStep.ACCEPT_REMEDY, "ok"));
    c = later(c, Duration.ofDays(1), step(ComplaintStep.IMPLEMENT_REMEDY, "delivered"));
    c = later(c, Duration.ofDays(2), ComplaintCommand.followUp(AGENT, 4, true, "fine for now"));
    c = later(c, Duration.ofMinutes(1), step(ComplaintStep.CLOSE, "solved"));
    c = later(c, Duration.ofDays(10), step(ComplaintStep.REOPEN, "the replacement leaks too"));
    c = later(c, Duration.ofMinutes(5), step(ComplaintStep.START_INVESTIGATION, "second fault in the batch?"));

    assertThat(c.state()).isEqualTo(ComplaintState.INVESTIGATING);
    assertThat(c.status().reopenCount()).isEqualTo(1);
    // Fresh facts are needed before a new judgement.
    Complaint reopened = c;
    assertThatThrownBy(() -> handling.apply(reopened, ComplaintCommand.judgeValid(AGENT,
        ComplaintCause.PRODUCT_QUALITY, "same fault"))).isInstanceOf(ComplaintStepRefusedException.class)
        .hasMessageContaining("facts-before-judgement");
  }

  private Complaint investigatedAndValid(String id) {
    Complaint c = handling.receive(ComplaintId.of(id), brokenKettle(ComplaintSeverity.HIGH), AGENT);
    c = later(c, Duration.ofMinutes(15), ComplaintCommand.acknowledge(AGENT, "let the customer vent"));
    c = later(c, Duration.ofMinutes(5), step(ComplaintStep.START_INVESTIGATION, "look into it"));
    c = later(c, Duration.ofMinutes(30), facts("leak confirmed"));
    return later(c, Duration.ofMinutes(5), ComplaintCommand.judgeValid(AGENT, ComplaintCause.PRODUCT_QUALITY, "fault"));
  }
}
