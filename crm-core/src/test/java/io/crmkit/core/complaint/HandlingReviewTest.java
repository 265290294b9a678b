package io.crmkit.core.complaint;

import io.crmkit.core.TestClock;

import static io.crmkit.core.complaint.ComplaintFixtures.AGENT;
import static io.crmkit.core.complaint.ComplaintFixtures.MONDAY_9AM;
import static io.crmkit.core.complaint.ComplaintFixtures.facts;
import static io.crmkit.core.complaint.ComplaintFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.contact.Channel;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The handling review on the complaint cases of the course material: the air conditioner that
 * "did not work" (003, 资料3), the Pajero case as Mitsubishi handled it (003, 资料2), and the mistakes
 * of textbook 001's list one by one.
 */
class HandlingReviewTest {
  private final TestClock clock = new TestClock(MONDAY_9AM);
  private final ComplaintHandling handling = ComplaintHandling.on(clock);

  private Complaint received(String what) {
    return handling.receive(ComplaintId.of("CMP-1"), Receipt.builder().complainant(CustomerId.of("c-lu"))
        .channel(Channel.PHONE_CALL).whatHappened(what).severity(ComplaintSeverity.MEDIUM).build(), AGENT);
  }

  private Complaint say(Complaint c, Remark remark) {
    clock.advance(Duration.ofMinutes(1));
    return handling.apply(c, ComplaintCommand.remark(AGENT, remark, Words.of(remark)));
  }

  private Complaint take(Complaint c, ComplaintCommand command) {
    clock.advance(Duration.ofMinutes(1));
    return handling.apply(c, command);
  }

  private Complaint investigating(String what) {
    Complaint c = take(received(what), ComplaintCommand.acknowledge(AGENT, "greeted by name, heard him out"));
    return take(c, step(ComplaintStep.START_INVESTIGATION, "look into it"));
  }

  @Test
  void theAirConditionerComplaintHandledByTheBookPassesEveryCheck() {
    Complaint c = investigating("three new air conditioners do not respond to the remote");
    c = say(c, Remark.SOOTHE);
    c = say(c, Remark.ASK_RELEVANT_QUESTION);
    c = take(c, ComplaintCommand.recordFacts(AGENT, "remote in the wrong mode", Optional.of(ComplaintCause.MISUSE)));
    c = take(c, step(ComplaintStep.JUDGE_NOT_VALID, "the units work"));
    c = take(c, step(ComplaintStep.EXPLAIN, "showed him how to set the remote"));
    c = say(c, Remark.PROMISE);
    clock.advance(Duration.ofDays(1));
    c = say(c, Remark.KEEP_PROMISE);
    c = take(c, step(ComplaintStep.CLOSE, "called back the next day: all three work"));

    HandlingReview review = HandlingReview.of(c);

    assertThat(review.passed()).isTrue();
    assertThat(review.passedChecks()).hasSize(HandlingChecks.allCurrentChecks().size());
    assertThat(review.describe()).startsWith("Handling review of CMP-1: passed all 10 checks");
  }

  @Test
  void thePajeroCaseAsMitsubishiHandledItShowsTheMistakesOfTheList() {
    Complaint c = investigating("a fault of the car led to an accident");
    c = say(c, Remark.DOUBT);
    c = take(c, step(ComplaintStep.HOLD_PRINCIPLE, "only a test in Japan counts"));
    c = say(c, Remark.PLEAD_IGNORANCE);
    c = take(c, facts("brake hose faulty"));
    c = take(c, ComplaintCommand.judgeValid(AGENT, ComplaintCause.PRODUCT_QUALITY, "a design fault"));
    c = take(c, step(ComplaintStep.PROPOSE_REMEDY, "recall and replace the part"));

    HandlingReview review = HandlingReview.of(c);

    assertThat(review.findings()).extracting(HandlingFinding::mistake).containsExactly(
        HandlingMistake.ARGUED_OR_DENIED_FAULT, HandlingMistake.CUSTOMER_LECTURED_MOCKED_OR_DOUBTED,
        HandlingMistake.FLAT_REFUSAL, HandlingMistake.PLEADED_IGNORANCE);
    assertThat(review.describe()).contains("no-flat-refusal FLAT_REFUSAL at #5: refused without a reason, or before "
        + "the facts were looked into").contains("no-arguing-admit-fault ARGUED_OR_DENIED_FAULT at #9");
  }

  @Test
  void soothingComesAtOnceButAnApologyWaitsForTheFacts() {
    Complaint c = say(investigating("the parcel came open"), Remark.SOOTHE);
    Complaint early = c;

    assertThatThrownBy(() -> say(early, Remark.APOLOGISE)).isInstanceOf(ComplaintStepRefusedException.class)
        .hasMessageContaining("no-apology-before-facts: soothe now, apologise once the facts show the complaint is valid");

    c = take(c, facts("packed without tape"));
    c = take(c, ComplaintCommand.judgeValid(AGENT, ComplaintCause.DELIVERY, "our packing"));
    c = say(c, Remark.APOLOGISE);
    assertThat(HandlingReview.of(c).passed()).isTrue();
    c = say(c, Remark.APOLOGISE);
    assertThat(HandlingReview.of(c).findings()).singleElement().satisfies(f -> {
      assertThat(f.mistake()).isEqualTo(HandlingMistake.ENDLESS_APOLOGY);
      assertThat(f.events()).containsExactly(7, 8);
    });
  }

  @Test
  void aComplaintDoesNotCloseWhileAPromiseIsOpenAndOnlyAPromiseMadeCanBeKept() {
    Complaint c = investigating("the invoice is wrong");
    Complaint none = c;
    assertThatThrownBy(() -> say(none, Remark.KEEP_PROMISE)).hasMessageContaining("kept-promise-was-made");
    c = take(c, facts("a duplicate line"));
    c = take(c, step(ComplaintStep.JUDGE_NOT_VALID, "the second line is a second delivery"));
    c = take(c, step(ComplaintStep.EXPLAIN, "sent both delivery notes"));
    c = say(c, Remark.PROMISE);
    Complaint promised = c;
    assertThatThrownBy(() -> take(promised, step(ComplaintStep.CLOSE, "done")))
        .hasMessageContaining("promises-kept-before-close: 1 promise(s) to the customer not yet kept");
  }

  @Test
  void eachMistakeThatLiesInTheWordsIsReportedByItsOwnCheck() {
    for (Remark remark : Remark.values()) {
      if (!remark.isMistake()) {
        continue;
      }
      Complaint c = say(investigating("late delivery"), remark);
      HandlingReview review = HandlingReview.of(c);
      assertThat(review.findings()).as(remark.name()).singleElement()
          .satisfies(f -> assertThat(f.events()).containsExactly(4));
    }
  }

  @Test
  void aReviewQuotesNoNote() {
    Complaint c = take(investigating("late"), ComplaintCommand.remark(AGENT, Remark.MOCK, "said: Mrs Wu, 13800138000"));
    assertThat(HandlingReview.of(c).describe()).doesNotContain("13800138000").doesNotContain("Mrs Wu");
  }

  /** Words for a test note. */
  private static final class Words {
    static String of(Remark remark) {
      return io.crmkit.core.text.Words.of(remark);
    }
  }
}
