package io.crmkit.core.complaint;

import static io.crmkit.core.complaint.ComplaintFixtures.AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static io.crmkit.core.validation.Rejections.rejects;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import io.crmkit.core.customer.CustomerGen;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.validation.InvalidValueException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The value types of complaint handling reject bad input naming the field. */
class ComplaintValidationProperties {


  @Test
  void blankTextIsRejectedInReceiptsAndCommands() {
    qt().forAll(CustomerGen.blanks()).checkAssert(blank -> {
      rejects(() -> Receipt.builder().complainant(CustomerId.of("c-1")).channel(Channel.EMAIL).whatHappened(blank)
          .severity(ComplaintSeverity.LOW).build(), "receipt.whatHappened");
      rejects(() -> ComplaintCommand.acknowledge(AGENT, blank), "complaintCommand.note");
    });
  }

  @Test
  void aFollowUpRatingLiesBetweenOneAndFive() {
    qt().forAll(integers().all().assuming(r -> r < 1 || r > 5)).checkAssert(r ->
        rejects(() -> ComplaintCommand.followUp(AGENT, r, true, "asked"), "complaintCommand.rating"));
  }

  @Test
  void aStepBuiltWithJustANoteIsRefusedNamingTheFieldItsOwnTypeCarries() {
    Map<ComplaintStep, String> carried = Map.of(ComplaintStep.JUDGE_VALID, "complaintCommand.cause",
        ComplaintStep.FOLLOW_UP, "complaintCommand.rating", ComplaintStep.CHANGE_HANDLER, "complaintCommand.newHandler",
        ComplaintStep.SHELVE, "complaintCommand.resumeOn", ComplaintStep.COMPROMISE, "complaintCommand.concessionCost",
        ComplaintStep.TAG_DIFFICULT_CUSTOMER, "complaintCommand.difficultType",
        ComplaintStep.RECORD_REMARK, "complaintCommand.remark", ComplaintStep.RECEIVE, "complaintCommand.receipt");
    qt().forAll(arbitrary().enumValues(ComplaintStep.class)).checkAssert(step -> {
      if (carried.containsKey(step)) {
        rejects(() -> ComplaintCommand.step(step, AGENT, "a note"), carried.get(step));
        assertThatThrownBy(() -> ComplaintCommand.step(step, AGENT, "a note"))
            .hasMessageContaining("must be given for " + step);
      } else {
        assertThat(ComplaintCommand.step(step, AGENT, "a note").step()).isEqualTo(step);
      }
    });
  }

  @Test
  void aDeskClosesAfterItOpens() {
    qt().forAll(integers().between(0, 23), integers().between(0, 23)).checkAssert((open, back) ->
        rejects(() -> BusinessCalendar.weekdays(ZoneOffset.UTC, LocalTime.of(open, 0),
            LocalTime.of(open - Math.min(back, open), 0)), "businessCalendar.closes"));
  }

  @Test
  void aResolutionTargetIsNoShorterThanTheFirstResponseTarget() {
    qt().forAll(integers().between(2, 1_000), integers().between(1, 1_000)).checkAssert((first, shorter) ->
        rejects(() -> SlaTarget.of(ComplaintSeverity.LOW, Duration.ofMinutes(first),
            Duration.ofMinutes(Math.max(1, first - shorter))), "slaTarget.resolution"));
  }

  @Test
  void icebergParametersAreShares() {
    qt().forAll(integers().between(-1_000, 0)).checkAssert(permille -> rejects(() -> ImmutableIcebergCalculator
        .builder().complainingShare(permille / 1000.0).build(), "icebergCalculator.complainingShare"));
    qt().forAll(integers().between(1_001, 5_000)).checkAssert(permille -> rejects(() -> ImmutableIcebergCalculator
        .builder().retentionWhenHandledWell(permille / 1000.0).build(), "icebergCalculator.retentionWhenHandledWell"));
  }

  @Test
  void engineSettingsArePositive() {
    qt().forAll(integers().between(-100, 0)).checkAssert(n -> rejects(() -> ComplaintHandling.builder()
        .clock(java.time.Clock.systemUTC()).followUpAttempts(n).build(), "complaintHandling.followUpAttempts"));
  }
}
