package io.crmkit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.customer.contact.ContactPreferences;
import io.crmkit.core.customer.contact.QuietHours;
import io.crmkit.core.interaction.ChannelCatalogue;
import io.crmkit.core.interaction.ChannelCode;
import io.crmkit.core.interaction.Commitment;
import io.crmkit.core.interaction.CommitmentId;
import io.crmkit.core.interaction.ExchangeContent;
import io.crmkit.core.interaction.Initiator;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.interaction.InteractionId;
import io.crmkit.core.interaction.InteractionRecorder;
import io.crmkit.core.interaction.Purpose;
import io.crmkit.core.interaction.cadence.CadencePolicy;
import io.crmkit.core.interaction.cadence.CadenceTier;
import io.crmkit.core.interaction.cadence.DueEntry;
import io.crmkit.core.interaction.cadence.DueList;
import io.crmkit.core.interaction.cadence.DuePlanner;
import io.crmkit.core.interaction.cadence.DueState;
import io.crmkit.core.interaction.calendar.CalendarCsv;
import io.crmkit.core.interaction.calendar.CalendarLetters;
import io.crmkit.core.interaction.calendar.CalendarRange;
import io.crmkit.core.interaction.calendar.CalendarText;
import io.crmkit.core.interaction.calendar.ContactCalendar;
import io.crmkit.core.interaction.choice.ChannelChoice;
import io.crmkit.core.interaction.choice.ChannelChooser;
import io.crmkit.persistence.Interactions;
import io.crmkit.persistence.memory.InMemoryInteractions;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The snippets of the guide's Interact section (crm-examples/GUIDE.md), compiled and checked. */
class ReadmeInteractSnippetsTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void recordAContactWithAPromiseAndAskTheStoreForTheLastContact() {
    // README: record
    Clock clock = Clock.fixed(Instant.parse("2026-03-16T01:00:00Z"), SHANGHAI);
    InteractionRecorder recorder = InteractionRecorder.of(clock, ChannelCatalogue.withHostChannels());
    Interactions store = new InMemoryInteractions();

    Interaction call = recorder.record(InteractionId.of("I-1"), CustomerId.of("c-001"), ChannelCode.of("phone"),
            Initiator.COMPANY, Purpose.NEW_PRODUCT_NOTICE, Set.of(ExchangeContent.PRODUCT_SERVICE_INFORMATION))
        .occurredAt(LocalDate.of(2026, 3, 10).atTime(12, 15).atZone(SHANGHAI))
        .addStaff(EmployeeId.of("em-anna"))
        .summary("told him about the new bond fund")
        .addCommitments(Commitment.of(CommitmentId.of("P-1"), "send the leaflet", LocalDate.of(2026, 3, 13)))
        .build();
    store.append(call);

    var last = store.lastContacts(List.of(CustomerId.of("c-001")));   // answered by the store itself
    // README: end
    assertThat(last.get(CustomerId.of("c-001")).toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(call.toString()).doesNotContain("bond fund");
  }

  @Test
  void theCustomerWhoTakesNoCallsAtWork() {
    // README: choose
    ContactPreferences noCallsAtWork = ContactPreferences.builder()
        .addPreferredChannels(Channel.PHONE_CALL)
        .addQuietHour(QuietHours.onWeekdays(Channel.PHONE_CALL, LocalTime.of(9, 0), LocalTime.of(12, 0)))
        .addQuietHour(QuietHours.onWeekdays(Channel.PHONE_CALL, LocalTime.of(13, 0), LocalTime.of(18, 0)))
        .zone(SHANGHAI).build();
    Instant tuesdayTen = LocalDate.of(2026, 3, 10).atTime(10, 0).atZone(SHANGHAI).toInstant();

    ChannelChoice choice = ChannelChooser.of(ChannelCatalogue.withHostChannels(), Duration.ofHours(3), Duration.ofDays(7))
        .choose(Purpose.REGULAR_CHECK_IN, noCallsAtWork, tuesdayTen);
    // choice.chosen(): phone at 12:00 (lunch); choice.explanation(): one line per channel considered
    // README: end
    assertThat(choice.chosen().orElseThrow().channel().code().value()).isEqualTo("phone");
    assertThat(choice.chosen().orElseThrow().at().toLocalTime()).isEqualTo(LocalTime.NOON);
    assertThat(choice.explanation()).contains("phone: preferred, quiet until 2026-03-10T12:00");
  }

  @Test
  void theMorningDueListAndTheTemCalendar() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-16T01:00:00Z"), SHANGHAI);
    InteractionRecorder recorder = InteractionRecorder.of(clock, ChannelCatalogue.withHostChannels());
    Interactions store = new InMemoryInteractions();
    store.append(recorder.record(InteractionId.of("I-1"), CustomerId.of("c-001"), ChannelCode.of("phone"),
            Initiator.COMPANY, Purpose.REGULAR_CHECK_IN, Set.of(ExchangeContent.EMOTION))
        .occurredAt(LocalDate.of(2026, 3, 2).atTime(12, 0).atZone(SHANGHAI)).summary("asked about the fund").build());
    store.append(recorder.record(InteractionId.of("I-2"), CustomerId.of("c-001"), ChannelCode.of("email"),
            Initiator.COMPANY, Purpose.FULL_EXPLANATION, Set.of(ExchangeContent.PRODUCT_SERVICE_INFORMATION))
        .occurredAt(LocalDate.of(2026, 3, 3).atTime(9, 0).atZone(SHANGHAI)).build());
    Customer liWei = Customer.person(CustomerId.of("c-001"), "Li Wei")
        .assignAccountManager(EmployeeId.of("em-anna"), Instant.parse("2025-01-01T00:00:00Z"));
    List<Customer> customers = List.of(liWei);

    // README: due
    DuePlanner planner = DuePlanner.of(CadencePolicy.standard(), ChannelChooser.of(ChannelCatalogue.withHostChannels()));
    List<CustomerId> ids = customers.stream().map(Customer::id).toList();
    DueList due = planner.dueList(EmployeeId.of("em-anna"), LocalDate.of(2026, 3, 20), customers,
        c -> CadenceTier.KEY, store.contactFacts(ids));                  // two questions to the store
    DueEntry first = due.entries().get(0);   // OVERDUE, 3 days late (key customers every 14 days)
    // README: end
    assertThat(first.state()).isEqualTo(DueState.OVERDUE);
    assertThat(first.daysLate()).isEqualTo(3);
    assertThat(first.suggestedChannel()).isPresent();

    // README: calendar
    CalendarRange week = CalendarRange.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8));
    ContactCalendar calendar = ContactCalendar.of(week, ids, store.stream().toList(), CalendarLetters.tem());
    String text = CalendarText.render(calendar);    // aligned grid, notes under it
    String csv = CalendarCsv.write(calendar);        // CalendarCsv.read(csv, 92) gives it back
    // README: end
    assertThat(text).contains("c-001    T  E  .  .  .  .  .").contains("c-001 03-02 T: asked about the fund");
    assertThat(CalendarCsv.read(csv, 92)).isEqualTo(calendar);
  }

  @Test
  void theReadmeAndTheGuideShowEverySnippetOfThisFileVerbatim() throws IOException {
    assertThat(DocumentationSnippets.assertShownVerbatim("ReadmeInteractSnippetsTest")).isEqualTo(4);
  }
}
