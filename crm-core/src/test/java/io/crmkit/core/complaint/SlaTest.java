package io.crmkit.core.complaint;

import io.crmkit.core.TestClock;

import static io.crmkit.core.complaint.ComplaintFixtures.AGENT;
import static io.crmkit.core.complaint.ComplaintFixtures.CALENDAR;
import static io.crmkit.core.complaint.ComplaintFixtures.MONDAY_9AM;
import static io.crmkit.core.complaint.ComplaintFixtures.brokenKettle;
import static io.crmkit.core.complaint.ComplaintFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.validation.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaTest {
  private final TestClock clock = new TestClock(MONDAY_9AM);
  private final ComplaintHandling handling = ComplaintHandling.on(clock);
  private final SlaPolicy policy = SlaPolicy.standard(CALENDAR);

  @Test
  void businessTimeCountsOnlyOpeningHoursOnWorkingDays() {
    // Friday 16:00 to Monday 10:00: one hour on Friday, one on Monday.
    assertThat(CALENDAR.between(Instant.parse("2026-02-27T16:00:00Z"), Instant.parse("2026-03-02T10:00:00Z")))
        .isEqualTo(Duration.ofHours(2));
    assertThat(CALENDAR.withHolidays(LocalDate.of(2026, 3, 2))
        .between(Instant.parse("2026-02-27T16:00:00Z"), Instant.parse("2026-03-02T10:00:00Z")))
        .isEqualTo(Duration.ofHours(1));
    assertThat(CALENDAR.between(MONDAY_9AM, MONDAY_9AM.minusSeconds(1))).isZero();
  }

  @Test
  void aHighSeverityComplaintNotAnsweredWithinFourBusinessHoursIsBreached() {
    Complaint c = handling.receive(ComplaintId.of("CMP-1"), brokenKettle(ComplaintSeverity.HIGH), AGENT);

    SlaStatus early = policy.status(c, MONDAY_9AM.plus(Duration.ofHours(3)));
    SlaStatus late = policy.status(c, MONDAY_9AM.plus(Duration.ofHours(5)));

    assertThat(early.firstResponse().state()).isEqualTo(SlaState.ON_TRACK);
    assertThat(policy.status(c, MONDAY_9AM.plus(Duration.ofMinutes(200))).firstResponse().state())
        .isEqualTo(SlaState.AT_RISK);
    assertThat(late.firstResponse().state()).isEqualTo(SlaState.BREACHED);
    assertThat(late.firstResponse().timeLeft()).isEqualTo(Duration.ofHours(-1));
    assertThat(policy.atRiskOrBreached(List.of(c), MONDAY_9AM.plus(Duration.ofHours(5))))
        .extracting(SlaStatus::complaint).containsExactly(ComplaintId.of("CMP-1"));
  }

  @Test
  void theNightDoesNotCount() {
    Complaint c = handling.receive(ComplaintId.of("CMP-1"), brokenKettle(ComplaintSeverity.HIGH), AGENT);
    // Monday 16:00 to Tuesday 10:00 is two business hours after 7 on Monday.
    SlaStatus nextMorning = policy.status(c, Instant.parse("2026-03-03T10:00:00Z"));
    assertThat(nextMorning.firstResponse().elapsed()).isEqualTo(Duration.ofHours(9));
  }

  @Test
  void waitingOnTheCustomerPausesTheResolutionClock() {
    Complaint c = handling.receive(ComplaintId.of("CMP-1"), brokenKettle(ComplaintSeverity.MEDIUM), AGENT);
    clock.advance(Duration.ofHours(1));
    c = handling.apply(c, ComplaintCommand.acknowledge(AGENT, "heard them"));
    c = handling.apply(c, step(ComplaintStep.WAIT_FOR_CUSTOMER, "waiting for photos"));
    clock.advance(Duration.ofHours(5));
    assertThat(policy.status(c, clock.instant()).resolution().elapsed()).isEqualTo(Duration.ofHours(1));
    c = handling.apply(c, step(ComplaintStep.CUSTOMER_RESPONDED, "photos arrived"));
    clock.advance(Duration.ofHours(1));
    SlaStatus s = policy.status(c, clock.instant());
    assertThat(s.resolution().elapsed()).isEqualTo(Duration.ofHours(2));
    assertThat(s.firstResponse().state()).isEqualTo(SlaState.MET);
    assertThat(s.firstResponse().elapsed()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aChannelSpecificTargetOverridesTheSeverityDefault() {
    SlaPolicy phoneFast = ImmutableSlaPolicy.builder().from(policy).addTargets(ImmutableSlaTarget.builder()
        .severity(ComplaintSeverity.MEDIUM).channel(Channel.PHONE_CALL).firstResponse(Duration.ofHours(1))
        .resolution(Duration.ofHours(8)).build()).build();
    assertThat(phoneFast.targetFor(ComplaintSeverity.MEDIUM, Channel.PHONE_CALL).firstResponse()).isEqualTo(Duration.ofHours(1));
    assertThat(phoneFast.targetFor(ComplaintSeverity.MEDIUM, Channel.EMAIL).firstResponse()).isEqualTo(Duration.ofHours(8));
  }

  @Test
  void aPolicyNeedsADefaultTargetForEverySeverity() {
    assertThatThrownBy(() -> ImmutableSlaPolicy.builder().calendar(CALENDAR)
        .addTargets(SlaTarget.of(ComplaintSeverity.LOW, Duration.ofHours(1), Duration.ofHours(2))).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("at severity MEDIUM");
  }
}
