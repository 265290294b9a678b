package io.crmkit.core.complaint;

import io.crmkit.core.TestClock;

import static io.crmkit.core.complaint.ComplaintFixtures.AGENT;
import static io.crmkit.core.complaint.ComplaintFixtures.MONDAY_9AM;
import static io.crmkit.core.complaint.ComplaintFixtures.brokenKettle;
import static io.crmkit.core.complaint.ComplaintFixtures.facts;
import static io.crmkit.core.complaint.ComplaintFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.validation.InvalidValueException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each guard stops one classic handling error, and says which rule it is. */
class ComplaintGuardTest {
  private final TestClock clock = new TestClock(MONDAY_9AM);
  private final ComplaintHandling handling = ComplaintHandling.on(clock);

  private Complaint investigating() {
    Complaint c = handling.receive(ComplaintId.of("CMP-9"), brokenKettle(ComplaintSeverity.MEDIUM), AGENT);
    c = handling.apply(c, ComplaintCommand.acknowledge(AGENT, "heard them out"));
    return handling.apply(c, step(ComplaintStep.START_INVESTIGATION, "look into it"));
  }

  private Complaint implemented() {
    Complaint c = handling.apply(investigating(), facts("leak confirmed"));
    c = handling.apply(c, ComplaintCommand.judgeValid(AGENT, ComplaintCause.PRODUCT_QUALITY, "fault"));
    c = handling.apply(c, step(ComplaintStep.PROPOSE_REMEDY, "replacement"));
    c = handling.apply(c, step(ComplaintStep.ACCEPT_REMEDY, "ok"));
    return handling.apply(c, step(ComplaintStep.IMPLEMENT_REMEDY, "delivered"));
  }

  @Test
  void anIllegalStepNamesTheStateTheStepAndTheAllowedSteps() {
    Complaint received = handling.receive(ComplaintId.of("CMP-9"), brokenKettle(ComplaintSeverity.LOW), AGENT);
    assertThatThrownBy(() -> handling.apply(received, step(ComplaintStep.PROPOSE_REMEDY, "refund")))
        .isInstanceOf(IllegalComplaintStepException.class)
        .hasMessageStartingWith("Complaint CMP-9 is RECEIVED: PROPOSE_REMEDY is not allowed; allowed are [ACKNOWLEDGE")
        .satisfies(e -> {
          IllegalComplaintStepException illegal = (IllegalComplaintStepException) e;
          assertThat(illegal.state()).isEqualTo(ComplaintState.RECEIVED);
          assertThat(illegal.allowed()).contains(ComplaintStep.ACKNOWLEDGE).doesNotContain(ComplaintStep.PROPOSE_REMEDY);
        });
  }

  @Test
  void noJudgementBeforeTheFactsAreRecorded() {
    assertThatThrownBy(() -> handling.apply(investigating(), ComplaintCommand.judgeValid(AGENT,
        ComplaintCause.PRODUCT_QUALITY, "sounds bad")))
        .isInstanceOf(ComplaintStepRefusedException.class)
        .satisfies(e -> assertThat(((ComplaintStepRefusedException) e).rule()).isEqualTo("facts-before-judgement"));
  }

  @Test
  void noAdmissionOfFaultBeforeTheFactsAreClarified() {
    assertThatThrownBy(() -> handling.apply(investigating(), step(ComplaintStep.ADMIT_FAULT, "sorry, our fault")))
        .isInstanceOf(ComplaintStepRefusedException.class)
        .hasMessageContaining("no-admission-before-facts: do not admit fault before the facts show the complaint is valid");
  }

  @Test
  void aRemediedComplaintIsNotClosedWithoutFollowUp() {
    assertThatThrownBy(() -> handling.apply(implemented(), step(ComplaintStep.CLOSE, "done")))
        .isInstanceOf(ComplaintStepRefusedException.class).hasMessageContaining("follow-up-before-close")
        .hasMessageContaining("0 of 3 documented attempts");
  }

  @Test
  void anUnreachableCustomerMayBeClosedAfterThreeDocumentedAttempts() {
    Complaint c = implemented();
    for (int i = 1; i <= 3; i++) {
      c = handling.apply(c, step(ComplaintStep.RECORD_CONTACT_ATTEMPT, "called, no answer, attempt " + i));
    }
    assertThat(handling.apply(c, step(ComplaintStep.CLOSE, "unreachable after 3 attempts")).state())
        .isEqualTo(ComplaintState.CLOSED);
  }

  @Test
  void aComplaintClosedTooLongAgoCannotBeReopened() {
    Complaint c = handling.apply(implemented(), ComplaintCommand.followUp(AGENT, 4, true, "fine"));
    Complaint closed = handling.apply(c, step(ComplaintStep.CLOSE, "solved"));
    clock.advance(Duration.ofDays(31));
    assertThatThrownBy(() -> handling.apply(closed, step(ComplaintStep.REOPEN, "it broke again")))
        .isInstanceOf(ComplaintStepRefusedException.class).hasMessageContaining("reopen-within-window");
  }

  @Test
  void aDeclinedRemedyClosesOnlyAfterOtherRoutesOfRecourseWereOffered() {
    Complaint c = handling.apply(investigating(), facts("leak"));
    c = handling.apply(c, ComplaintCommand.judgeValid(AGENT, ComplaintCause.PRODUCT_QUALITY, "fault"));
    c = handling.apply(c, step(ComplaintStep.PROPOSE_REMEDY, "repair"));
    Complaint declined = handling.apply(c, step(ComplaintStep.DECLINE_REMEDY, "no"));
    assertThatThrownBy(() -> handling.apply(declined, step(ComplaintStep.CLOSE, "give up")))
        .isInstanceOf(ComplaintStepRefusedException.class).hasMessageContaining("recourse-before-closing-declined");
    Complaint offered = handling.apply(declined, step(ComplaintStep.OFFER_RECOURSE, "consumer arbitration board"));
    assertThat(handling.apply(offered, step(ComplaintStep.CLOSE, "customer will go to arbitration")).state())
        .isEqualTo(ComplaintState.CLOSED);
  }

  @Test
  void shelvingNeedsAResumeDateAhead() {
    assertThatThrownBy(() -> handling.apply(investigating(), ComplaintCommand.shelve(AGENT, MONDAY_9AM, "cool off")))
        .isInstanceOf(ComplaintStepRefusedException.class).hasMessageContaining("resume-date-ahead");
  }

  @Test
  void aHostGuardRunsAfterThoseOfPractice() {
    ComplaintHandling strict = ComplaintHandling.builder().clock(clock).addExtraGuards(new ComplaintGuard() {
      @Override
      public String name() {
        return "no-compromise-on-fridays";
      }

      @Override
      public Optional<String> refusal(Complaint complaint, ComplaintCommand command, java.time.Instant now) {
        return command.step() == ComplaintStep.ACKNOWLEDGE ? Optional.of("acknowledgements go through the hotline")
            : Optional.empty();
      }
    }).build();
    Complaint c = strict.receive(ComplaintId.of("CMP-9"), brokenKettle(ComplaintSeverity.LOW), AGENT);
    assertThatThrownBy(() -> strict.apply(c, ComplaintCommand.acknowledge(AGENT, "hello")))
        .isInstanceOf(ComplaintStepRefusedException.class).hasMessageContaining("no-compromise-on-fridays");
  }

  @Test
  void aStepThatNeedsDataSaysWhichIsMissing() {
    assertThatThrownBy(() -> ComplaintCommand.step(ComplaintStep.SHELVE, AGENT, "cool off"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("complaintCommand.resumeOn must be given for SHELVE");
    assertThatThrownBy(() -> ComplaintCommand.followUp(AGENT, 6, true, "great"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("complaintCommand.rating must be within 1..5");
  }

  @Test
  void aForgedHistoryDoesNotReplay() {
    Complaint c = investigating();
    ComplaintEvent skip = ComplaintEvent.builder().from(c.history().get(2)).sequence(4)
        .action(ComplaintAction.of(ComplaintStep.CLOSE))
        .fromState(ComplaintState.INVESTIGATING).toState(ComplaintState.CLOSED).build();
    java.util.List<ComplaintEvent> forged = new java.util.ArrayList<>(c.history());
    forged.add(skip);
    assertThatThrownBy(() -> Complaint.replay(c.id(), forged)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("complaint.history[3] must be a step allowed in INVESTIGATING");
  }

  @Test
  void theClockMayNotRunBackwards() {
    Complaint c = investigating();
    ComplaintHandling past = ComplaintHandling.on(java.time.Clock.fixed(MONDAY_9AM.minusSeconds(60),
        java.time.ZoneOffset.UTC));
    assertThatThrownBy(() -> past.apply(c, facts("late entry"))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("clock must not run backwards");
  }
}
