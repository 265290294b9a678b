package io.crmkit.core.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.customer.contact.ContactPreferences;
import io.crmkit.core.customer.contact.QuietHours;
import io.crmkit.core.interaction.cadence.CadencePolicy;
import io.crmkit.core.interaction.cadence.CadenceTier;
import io.crmkit.core.interaction.cadence.ContactCadence;
import io.crmkit.core.interaction.cadence.ContactFacts;
import io.crmkit.core.interaction.cadence.DueEntry;
import io.crmkit.core.interaction.cadence.DueList;
import io.crmkit.core.interaction.cadence.DuePlanner;
import io.crmkit.core.interaction.cadence.DueState;
import io.crmkit.core.interaction.cadence.PlannedContact;
import io.crmkit.core.interaction.calendar.CalendarCsv;
import io.crmkit.core.interaction.calendar.CalendarLetters;
import io.crmkit.core.interaction.calendar.CalendarRange;
import io.crmkit.core.interaction.calendar.CalendarText;
import io.crmkit.core.interaction.calendar.CalendarCell;
import io.crmkit.core.interaction.calendar.ContactCalendar;
import io.crmkit.core.interaction.choice.ChannelChoice;
import io.crmkit.core.interaction.choice.ChannelChooser;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.validation.Require;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Interact cases of the course material (002 step three), walked through end to end. */
class InteractSeedCasesTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final EmployeeId WANG = EmployeeId.of("am-wang");
  private static final ChannelCatalogue CHANNELS = ChannelCatalogue.withHostChannels();

  /** "Some customers do not like taking calls during working hours." */
  private static final ContactPreferences NO_CALLS_AT_WORK = ContactPreferences.builder()
      .addPreferredChannels(Channel.PHONE_CALL)
      .addQuietHour(QuietHours.onWeekdays(Channel.PHONE_CALL, LocalTime.of(9, 0), LocalTime.of(12, 0)))
      .addQuietHour(QuietHours.onWeekdays(Channel.PHONE_CALL, LocalTime.of(13, 0), LocalTime.of(18, 0)))
      .zone(SHANGHAI).build();

  private static Instant tuesdayAt(int hour) {
    return LocalDate.of(2026, 3, 10).atTime(hour, 0).atZone(SHANGHAI).toInstant();
  }

  @Test
  void theCustomerWhoTakesNoCallsAtWorkGetsAMessageNowOrACallAtLunch() {
    // Asked at ten on a Tuesday, a chooser that does not wait sends a written message at once ...
    ChannelChoice now = ChannelChooser.of(CHANNELS).choose(Purpose.REGULAR_CHECK_IN, NO_CALLS_AT_WORK,
        tuesdayAt(10));
    assertThat(now.chosen()).hasValueSatisfying(o -> {
      assertThat(o.channel().contactChannel()).isNotEqualTo(java.util.Optional.of(Channel.PHONE_CALL));
      assertThat(o.at().toInstant()).isEqualTo(tuesdayAt(10));
    });
    // ... and offers the call at lunch, when the quiet window ends, as an alternative.
    assertThat(((ChannelChoice.Chosen) now).alternatives())
        .anySatisfy(o -> {
          assertThat(o.channel().code().value()).isEqualTo("phone");
          assertThat(o.at().toLocalTime()).isEqualTo(LocalTime.NOON);
        });
    assertThat(now.explanation()).contains("phone: preferred, quiet until 2026-03-10T12:00");

    // A chooser that may wait two hours for the customer's preferred channel calls at noon.
    ChannelChoice lunch = ChannelChooser.of(CHANNELS, Duration.ofHours(2), Duration.ofDays(7))
        .choose(Purpose.REGULAR_CHECK_IN, NO_CALLS_AT_WORK, tuesdayAt(10));
    assertThat(lunch.chosen()).hasValueSatisfying(o -> {
      assertThat(o.channel().code().value()).isEqualTo("phone");
      assertThat(o.at()).isEqualTo(ZonedDateTime.of(2026, 3, 10, 12, 0, 0, 0, SHANGHAI));
    });
    assertThat(lunch.explanation().get(0)).isEqualTo("chosen phone at 2026-03-10T12:00 (first open time)");
  }

  @Test
  void aCustomerWhoRefusesEveryFittingChannelGetsNoChannelAndTheReasons() {
    ContactPreferences refusesAll = ContactPreferences.builder()
        .refusedChannels(Set.of(Channel.PHONE_CALL, Channel.VISIT, Channel.VIDEO_CALL)).zone(SHANGHAI).build();
    ChannelChoice choice = ChannelChooser.of(ChannelCatalogue.standard())
        .choose(Purpose.IN_DEPTH_DISCUSSION, refusesAll, tuesdayAt(10));
    assertThat(choice).isInstanceOf(ChannelChoice.NoChannelAllowed.class);
    assertThat(choice.chosen()).isEmpty();
    assertThat(choice.explanation()).contains("face-to-face: refused by the customer",
        "email: does not suit IN_DEPTH_DISCUSSION",
        "website: the customer comes to it; it cannot carry a contact from us");
    // The same reasons for a Chinese screen: the purpose by the material's words, the channel codes as codes.
    assertThat(choice.explanation(java.util.Locale.ENGLISH)).isEqualTo(choice.explanation());
    assertThat(choice.explanation(java.util.Locale.SIMPLIFIED_CHINESE)).contains("face-to-face：客户不接受",
        "email：不适用于深度问题的咨询、交流", "website：由客户主动前来，不能用来由我们联络客户");
  }

  @Test
  void theChannelChoiceForTheCustomerWhoTakesNoCallsAtWorkReadsInChinese() {
    ChannelChoice lunch = ChannelChooser.of(CHANNELS, Duration.ofHours(2), Duration.ofDays(7))
        .choose(Purpose.REGULAR_CHECK_IN, NO_CALLS_AT_WORK, tuesdayAt(10));

    assertThat(lunch.explanation(java.util.Locale.SIMPLIFIED_CHINESE)).startsWith(
        "选择 phone，时间 2026-03-10T12:00（最早可以联络的时间）").contains("phone：客户首选，2026-03-10T12:00 之前不便联络");
    assertThat(new ChannelChoice.NoChannelAllowed(Purpose.REGULAR_CHECK_IN, List.of("host rule: no contact in Lent"))
        .explanation(java.util.Locale.SIMPLIFIED_CHINESE)).containsExactly("host rule: no contact in Lent");
  }

  @Test
  void theAccountManagersMorningDueList() {
    LocalDate monday = LocalDate.of(2026, 3, 16);
    Clock clock = Clock.fixed(monday.atTime(8, 30).atZone(SHANGHAI).toInstant(), SHANGHAI);
    InteractionRecorder recorder = InteractionRecorder.of(clock, CHANNELS);
    Instant assigned = Instant.parse("2025-01-01T00:00:00Z");
    Customer zhao = customer("C-ZHAO", "Zhao Lei", assigned, ContactPreferences.NONE);
    Customer qian = customer("C-QIAN", "Qian Fang", assigned, NO_CALLS_AT_WORK);
    Customer sun = customer("C-SUN", "Sun Na", assigned, ContactPreferences.NONE);
    Customer li = customer("C-LI", "Li Wei", assigned, ContactPreferences.NONE);
    Customer zhou = customer("C-ZHOU", "Zhou Min", assigned, ContactPreferences.NONE);
    Customer other = Customer.person(CustomerId.of("C-OTHER"), "Wu Jie")
        .assignAccountManager(EmployeeId.of("am-chen"), assigned);

    List<Interaction> log = new ArrayList<>();
    // Zhao, a key customer (every 14 days), was last called on 20 February: 10 days late.
    log.add(call(recorder, "I-1", zhao, LocalDate.of(2026, 2, 20), List.of()));
    // Qian, important (monthly), was met on 14 February: due today.
    log.add(call(recorder, "I-2", qian, LocalDate.of(2026, 2, 14), List.of()));
    // Sun, ordinary (quarterly), was emailed on 1 March; a Qingming greeting is planned for 4 April...
    log.add(call(recorder, "I-3", sun, LocalDate.of(2026, 3, 1), List.of()));
    // ... Li, ordinary, was called on 10 March and promised a leaflet by 13 March, still not sent.
    log.add(call(recorder, "I-4", li, LocalDate.of(2026, 3, 10), List.of(
        Commitment.of(CommitmentId.of("P-1"), "send the bond fund leaflet", LocalDate.of(2026, 3, 13)))));
    // Zhou, ordinary, was called on 12 March and nothing is open.
    log.add(call(recorder, "I-5", zhou, LocalDate.of(2026, 3, 12), List.of()));

    Map<CustomerId, CadenceTier> tiers = Map.of(zhao.id(), CadenceTier.KEY, qian.id(), CadenceTier.IMPORTANT);
    DuePlanner planner = DuePlanner.of(CadencePolicy.standard(), ChannelChooser.of(CHANNELS))
        .withPlanned(List.of(PlannedContact.festivalGreeting(sun.id(), LocalDate.of(2026, 3, 20),
            "spring equinox tea")))
        .withLookAhead(7);
    DueList list = planner.dueList(WANG, monday, List.of(zhou, li, sun, qian, zhao, other),
        c -> tiers.getOrDefault(c.id(), CadenceTier.ORDINARY), ContactFacts.from(log));

    assertThat(list.entries()).extracting(e -> e.customer().value())
        .containsExactly("C-ZHAO", "C-QIAN", "C-SUN", "C-LI", "C-ZHOU");
    DueEntry first = list.entries().get(0);
    assertThat(first.state()).isEqualTo(DueState.OVERDUE);
    assertThat(first.daysLate()).isEqualTo(10);
    assertThat(first.suggestedChannel()).isPresent();
    DueEntry qianLine = list.entries().get(1);
    assertThat(qianLine.state()).isEqualTo(DueState.DUE_TODAY);
    // At nine on a Monday Qian takes no calls: the suggestion is a written channel.
    assertThat(qianLine.suggestedChannel()).hasValueSatisfying(o ->
        assertThat(o.channel().code().value()).isNotEqualTo("phone"));
    assertThat(list.entries().get(2).state()).isEqualTo(DueState.PLANNED);
    assertThat(list.entries().get(2).planned()).hasSize(1);
    DueEntry liLine = list.entries().get(3);
    assertThat(liLine.state()).isEqualTo(DueState.NOT_DUE);
    assertThat(liLine.overduePromises()).extracting(r -> r.commitment().id().value()).containsExactly("P-1");
    assertThat(liLine.needsAction()).isTrue();
    assertThat(liLine.suggestion().orElseThrow().purpose()).isEqualTo(Purpose.FOLLOW_UP);
    DueEntry zhouLine = list.entries().get(4);
    assertThat(zhouLine.needsAction()).isFalse();
    assertThat(zhouLine.suggestion()).isEmpty();
    assertThat(list.needingAction()).hasSize(4);
  }

  @Test
  void theTemCalendarForTwoWeeks() {
    LocalDate start = LocalDate.of(2026, 3, 2);
    Clock clock = Clock.fixed(Instant.parse("2026-03-16T10:00:00Z"), SHANGHAI);
    InteractionRecorder recorder = InteractionRecorder.of(clock, CHANNELS);
    CustomerId zhao = CustomerId.of("C-ZHAO");
    CustomerId qian = CustomerId.of("C-QIAN");
    List<Interaction> log = List.of(
        at(recorder, "I-1", zhao, "phone", start.atTime(10, 0), "asked about the new bond fund"),
        at(recorder, "I-2", zhao, "email", start.plusDays(1).atTime(9, 0), "sent the fund leaflet"),
        at(recorder, "I-3", qian, "face-to-face", start.plusDays(3).atTime(15, 0), "annual review, wants lower risk"),
        at(recorder, "I-4", zhao, "phone", start.plusDays(9).atTime(11, 0), "confirmed the subscription"),
        at(recorder, "I-5", zhao, "email", start.plusDays(9).atTime(16, 0), "sent the contract"),
        // Outside the two weeks: not on the sheet.
        at(recorder, "I-6", qian, "phone", start.plusDays(14).atTime(9, 0), "later call"));
    CalendarRange twoWeeks = CalendarRange.of(start, start.plusDays(13));
    ContactCalendar calendar = ContactCalendar.of(twoWeeks, List.of(), log, CalendarLetters.tem());

    assertThat(CalendarText.render(calendar)).isEqualTo("""
        2026-03-02 .. 2026-03-15
        customer 02 03 04 05 06 07 08 09 10 11 12 13 14 15
        C-QIAN   .  .  .  M  .  .  .  .  .  .  .  .  .  .
        C-ZHAO   T  E  .  .  .  .  .  .  .  TE .  .  .  .
        notes:
          C-QIAN 03-05 M: annual review, wants lower risk
          C-ZHAO 03-02 T: asked about the new bond fund
          C-ZHAO 03-03 E: sent the fund leaflet
          C-ZHAO 03-11 TE: confirmed the subscription; sent the contract
        """);
    assertThat(calendar.lastContact(zhao)).contains(LocalDate.of(2026, 3, 11));
    String csv = CalendarCsv.write(calendar);
    assertThat(csv.lines().findFirst()).contains("customer,2026-03-02,2026-03-03,2026-03-04,2026-03-05,"
        + "2026-03-06,2026-03-07,2026-03-08,2026-03-09,2026-03-10,2026-03-11,2026-03-12,2026-03-13,"
        + "2026-03-14,2026-03-15");
    assertThat(csv).contains("C-QIAN,,,,\"M: annual review, wants lower risk\",");
    assertThat(CalendarCsv.read(csv, 31)).isEqualTo(calendar);
  }

  @Test
  void aCalendarRangeThatIsReversedOrTooLongIsRefused() {
    LocalDate d = LocalDate.of(2026, 3, 2);
    assertThatThrownBy(() -> CalendarRange.of(d, d.minusDays(1))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("calendarRange.to must not be before from 2026-03-02");
    assertThatThrownBy(() -> CalendarRange.of(d, d.plusDays(31), 31)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must be at most 31 days from 2026-03-02 (range of 32 days)");
    assertThatThrownBy(() -> ContactCalendar.of(CalendarRange.of(d, d), List.of(),
        List.of(at(InteractionRecorder.of(Clock.fixed(Instant.parse("2026-03-16T10:00:00Z"), SHANGHAI),
            CHANNELS), "I-1", CustomerId.of("C-1"), "wechat", d.atTime(10, 0), "hi")), CalendarLetters.tem()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("calendarLetters.channel")
        .hasMessageContaining("'wechat'");
  }

  @Test
  void aBusyDayFillsOneCellWithALetterPerContactUpToWhatACellShowsAndTheNoteIsShortenedNotRefused() {
    LocalDate d = LocalDate.of(2026, 3, 2);
    InteractionRecorder recorder = InteractionRecorder.of(Clock.fixed(Instant.parse("2026-03-16T10:00:00Z"),
        SHANGHAI), CHANNELS);
    CustomerId zhao = CustomerId.of("C-ZHAO");
    List<Interaction> busy = new java.util.ArrayList<>();
    for (int i = 0; i < CalendarCell.MAX_CONTACTS; i++) {
      busy.add(at(recorder, "I-" + i, zhao, "phone", d.atTime(8, 0).plusMinutes(i), "x".repeat(100)));
    }
    ContactCalendar calendar = ContactCalendar.of(CalendarRange.of(d, d), List.of(), busy, CalendarLetters.tem());
    CalendarCell cell = calendar.cell(zhao, d).orElseThrow();
    assertThat(cell.letters()).isEqualTo("T".repeat(CalendarCell.MAX_CONTACTS));
    assertThat(cell.note()).hasSize(Require.MAX_TEXT_LENGTH).endsWith("…");
    assertThat(CalendarCsv.read(CalendarCsv.write(calendar), 1)).isEqualTo(calendar);

    busy.add(at(recorder, "I-more", zhao, "phone", d.atTime(20, 0), "one call too many"));
    assertThatThrownBy(() -> ContactCalendar.of(CalendarRange.of(d, d), List.of(), busy, CalendarLetters.tem()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("calendar.interactions must hold at most 64 contacts with one customer on one day (one letter "
            + "each), was 'C-ZHAO on 2026-03-02: 65 contacts'");
  }

  @Test
  void aCadenceOfZeroDaysIsRefused() {
    assertThatThrownBy(() -> ContactCadence.ofDays(0)).isInstanceOf(InvalidValueException.class)
        .hasMessage("contactCadence.days must be within 1..3660, was 0");
    assertThatThrownBy(() -> CadencePolicy.standard().withTier(CadenceTier.KEY, ContactCadence.ofDays(60)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("cadencePolicy.key");
    assertThat(CadencePolicy.standard().withOverride(CustomerId.of("C-1"), ContactCadence.ofDays(7))
        .cadenceFor(CustomerId.of("C-1"), CadenceTier.ORDINARY).days()).isEqualTo(7);
  }

  private static Customer customer(String id, String name, Instant assigned, ContactPreferences prefs) {
    return Customer.builder().from(Customer.person(CustomerId.of(id), name).assignAccountManager(WANG, assigned))
        .contactPreferences(prefs).build();
  }

  private static Interaction call(InteractionRecorder recorder, String id, Customer c, LocalDate day,
      List<Commitment> commitments) {
    return recorder.record(InteractionId.of(id), c.id(), ChannelCode.of("phone"), Initiator.COMPANY,
            Purpose.REGULAR_CHECK_IN, Set.of(ExchangeContent.EMOTION))
        .occurredAt(day.atTime(11, 0).atZone(SHANGHAI)).addStaff(WANG).addAllCommitments(commitments).build();
  }

  private static Interaction at(InteractionRecorder recorder, String id, CustomerId c, String channel,
      java.time.LocalDateTime when, String summary) {
    return recorder.record(InteractionId.of(id), c, ChannelCode.of(channel), Initiator.COMPANY,
            Purpose.GENERAL_ENQUIRY, Set.of(ExchangeContent.PRODUCT_SERVICE_INFORMATION))
        .occurredAt(when.atZone(SHANGHAI)).addStaff(WANG).summary(summary).build();
  }
}
