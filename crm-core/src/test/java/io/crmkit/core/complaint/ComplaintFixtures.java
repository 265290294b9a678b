package io.crmkit.core.complaint;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.contact.Channel;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The people and the complaint the complaint tests share. */
final class ComplaintFixtures {
  /** Monday 2 March 2026, 09:00 UTC. */
  static final Instant MONDAY_9AM = Instant.parse("2026-03-02T09:00:00Z");
  static final Handler AGENT = Handler.agent("em-lin");
  static final Handler SUPERVISOR = Handler.supervisor("em-mei");
  static final BusinessCalendar CALENDAR = BusinessCalendar.weekdays(ZoneOffset.UTC, LocalTime.of(9, 0),
      LocalTime.of(17, 0));

  private ComplaintFixtures() {}

  static Receipt brokenKettle(ComplaintSeverity severity) {
    return Receipt.builder().complainant(CustomerId.of("c-042")).channel(Channel.PHONE_CALL)
        .whatHappened("The kettle bought last week leaks at the base").remedyRequested("a replacement")
        .severity(severity).build();
  }

  static ComplaintCommand step(ComplaintStep step, String note) {
    return ComplaintCommand.step(step, AGENT, note);
  }

  static ComplaintCommand facts(String facts) {
    return ComplaintCommand.recordFacts(AGENT, facts, Optional.empty());
  }
}
