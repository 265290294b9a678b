package io.crmkit.core.complaint;

import io.crmkit.core.TestClock;

import static io.crmkit.core.complaint.ComplaintFixtures.AGENT;
import static io.crmkit.core.complaint.ComplaintFixtures.CALENDAR;
import static io.crmkit.core.complaint.ComplaintFixtures.MONDAY_9AM;
import static io.crmkit.core.complaint.ComplaintFixtures.brokenKettle;
import static io.crmkit.core.complaint.ComplaintFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.contact.Channel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComplaintAnalyticsTest {
  private final TestClock clock = new TestClock(MONDAY_9AM);
  private final ComplaintHandling handling = ComplaintHandling.on(clock);

  @Test
  void figuresComeFromTheHistories() {
    List<Complaint> complaints = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      Complaint c = handling.receive(ComplaintId.of("CMP-" + i), brokenKettle(ComplaintSeverity.MEDIUM), AGENT);
      clock.advance(Duration.ofMinutes(10L * i));
      c = handling.apply(c, ComplaintCommand.acknowledge(AGENT, "heard"));
      if (i % 2 == 0) {
        c = handling.apply(c, step(ComplaintStep.START_INVESTIGATION, "look"));
        c = handling.apply(c, ComplaintCommand.recordFacts(AGENT, "facts", Optional.of(ComplaintCause.DELIVERY)));
        c = handling.apply(c, step(ComplaintStep.JUDGE_NOT_VALID, "no"));
        c = handling.apply(c, step(ComplaintStep.EXPLAIN, "explained"));
        c = handling.apply(c, step(ComplaintStep.CLOSE, "done"));
        if (i == 10) {
          c = handling.apply(c, step(ComplaintStep.REOPEN, "again"));
        }
      }
      complaints.add(c);
    }
    // A desk open around the clock, so elapsed business time equals wall-clock time here.
    BusinessCalendar always = ImmutableBusinessCalendar.builder().zone(java.time.ZoneOffset.UTC)
        .workingDays(java.util.EnumSet.allOf(java.time.DayOfWeek.class)).opens(java.time.LocalTime.MIN)
        .closes(java.time.LocalTime.MAX).build();
    ComplaintAnalytics a = ComplaintAnalytics.of(complaints, SlaPolicy.standard(always), clock.instant());

    assertThat(a.complaints()).isEqualTo(10);
    assertThat(a.byCause()).containsEntry(ComplaintCause.DELIVERY, 5);
    assertThat(a.causeUnknown()).isEqualTo(5);
    assertThat(a.byChannel()).containsEntry(Channel.PHONE_CALL, 10);
    // Responses took 10, 20, ..., 100 minutes: median (5th of 10) 50, p90 (9th) 90.
    assertThat(a.firstResponseMedian()).contains(Duration.ofMinutes(50));
    assertThat(a.firstResponseP90()).contains(Duration.ofMinutes(90));
    assertThat(a.reopenRate()).contains(0.2);
    assertThat(a.describe()).contains("reopen rate 20%");
  }

  @Test
  void withNothingClosedTheRatesSayNotAvailable() {
    ComplaintAnalytics a = ComplaintAnalytics.of(List.of(), SlaPolicy.standard(CALENDAR), MONDAY_9AM);
    assertThat(a.reopenRate()).isEmpty();
    assertThat(a.firstResponseMedian()).isEmpty();
    assertThat(a.describe()).contains("n/a (none closed)");
  }

  @Test
  void theIcebergBehindTwentyComplaints() {
    IcebergCalculator textbook = IcebergCalculator.TEXTBOOK;
    assertThat(textbook.estimatedDissatisfied(20)).isEqualTo(540);
    assertThat(textbook.expectedToStay(15)).isEqualTo(12);
    assertThat(textbook.describe(20, 15)).contains("about 540 dissatisfied customers (520 silent)")
        .contains("1 in 27").contains("80% retention");
    IcebergCalculator own = ImmutableIcebergCalculator.builder().complainingShare(0.1).retentionWhenHandledWell(0.9).build();
    assertThat(own.estimatedDissatisfied(20)).isEqualTo(200);
  }
}
