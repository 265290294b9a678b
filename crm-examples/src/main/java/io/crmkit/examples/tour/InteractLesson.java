package io.crmkit.examples.tour;

import io.crmkit.core.customer.RedactedCustomer;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.RelationshipRisk;
import io.crmkit.core.customer.PlannedAction;
import io.crmkit.core.customer.classification.CustomerClassifier;
import io.crmkit.core.customer.classification.FollowUpUrgency;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.customer.contact.ContactPreferences;
import io.crmkit.core.customer.contact.QuietHours;
import io.crmkit.core.idic.InteractEvidence;
import io.crmkit.core.idic.StageAssessment;
import io.crmkit.core.interaction.ChannelCatalogue;
import io.crmkit.core.interaction.ChannelCode;
import io.crmkit.core.interaction.Commitment;
import io.crmkit.core.interaction.CommitmentId;
import io.crmkit.core.interaction.CommitmentPerceptions;
import io.crmkit.core.interaction.CommitmentRecord;
import io.crmkit.core.interaction.CommitmentResolution;
import io.crmkit.core.interaction.ExchangeContent;
import io.crmkit.core.interaction.Initiator;
import io.crmkit.core.interaction.ImmutableInteraction;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.interaction.InteractionChannel;
import io.crmkit.core.interaction.InteractionId;
import io.crmkit.core.interaction.InteractionRecorder;
import io.crmkit.core.interaction.Purpose;
import io.crmkit.core.interaction.cadence.CadencePolicy;
import io.crmkit.core.interaction.cadence.CadenceTier;
import io.crmkit.core.interaction.cadence.ContactFacts;
import io.crmkit.core.interaction.cadence.DueEntry;
import io.crmkit.core.interaction.cadence.DueList;
import io.crmkit.core.interaction.cadence.DuePlanner;
import io.crmkit.core.interaction.cadence.InteractionContactHistory;
import io.crmkit.core.interaction.cadence.InteractionRisks;
import io.crmkit.core.interaction.cadence.PlannedContact;
import io.crmkit.core.interaction.calendar.CalendarCell;
import io.crmkit.core.interaction.calendar.CalendarLetters;
import io.crmkit.core.interaction.calendar.CalendarRange;
import io.crmkit.core.interaction.calendar.ContactCalendar;
import io.crmkit.core.interaction.choice.ChannelChoice;
import io.crmkit.core.interaction.choice.ChannelChooser;
import io.crmkit.core.interaction.choice.ChannelOption;
import io.crmkit.core.money.Money;
import io.crmkit.core.satisfaction.PerceptionLog;
import io.crmkit.core.satisfaction.PerceptionSample;
import io.crmkit.core.satisfaction.RatingScale;
import io.crmkit.core.satisfaction.ServiceDimension;
import io.crmkit.examples.report.ReportSection;
import io.crmkit.examples.report.ReportTable;
import io.crmkit.examples.report.chart.Axis;
import io.crmkit.examples.report.chart.Bar;
import io.crmkit.examples.report.chart.BarChart;
import io.crmkit.examples.report.chart.BarSeries;
import io.crmkit.examples.report.chart.ChartText;
import io.crmkit.examples.report.chart.HeatCategory;
import io.crmkit.examples.report.chart.HeatCell;
import io.crmkit.examples.report.chart.HeatMap;
import io.crmkit.examples.report.chart.HeatScale;
import io.crmkit.examples.report.chart.ValueFormat;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Interact (IDIC 3): the channel catalogue with the course's comparison, the customer who takes no
 * calls at work (his quiet hours drawn as a week by the hour), the account manager's morning due
 * list, the follow-ups sorted into seed 003's four urgency classes, the T/E/M calendar of two weeks, and a
 * broken promise seen by satisfaction, the relationship risks and IDIC. The interactions are the
 * lesson's own log of the tour's customers, all before {@link CourseTour#CLOCK}.
 */
final class InteractLesson implements Lesson {
  static final EmployeeId MANAGER = EmployeeId.of("em-anna");
  static final CustomerId LI_WEI = CustomerId.of("c-001");
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ChannelCatalogue CHANNELS = ChannelCatalogue.withHostChannels();
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
  /** The hours of the day the quiet-hours chart shows. */
  static final int QUIET_FROM = 8;
  static final int QUIET_TO = 21;

  /**
   * When the follow-ups the other managers noted are due (em-anna's come from her due list); the words
   * are in the bundle. c-002 is a duplicate of c-001 (the identify lesson merges it) and c-006 was
   * judged never to need us: neither has a follow-up.
   */
  static final Map<CustomerId, LocalDate> OTHER_FOLLOW_UPS = Map.of(
      CustomerId.of("c-005"), LocalDate.of(2026, 3, 25),
      CustomerId.of("c-009"), LocalDate.of(2026, 7, 1));


  private final Clock clock;
  private final List<Customer> base;
  private final List<Interaction> log;

  InteractLesson(Clock clock) {
    this(clock, withPreferences(SampleCustomers.load()), log(clock));
  }

  /** A lesson on another log (the tests vary it to see the takeaway follow). */
  InteractLesson(Clock clock, List<Customer> base, List<Interaction> log) {
    this.clock = clock;
    this.base = List.copyOf(base);
    this.log = List.copyOf(log);
  }

  /** Li Wei takes no calls at work (seed 002); Maria Garcia prefers email; both in their own zones. */
  static List<Customer> withPreferences(List<Customer> customers) {
    List<Customer> out = new ArrayList<>();
    for (Customer c : customers) {
      ContactPreferences prefs = switch (c.id().value()) {
        case "c-001" -> ContactPreferences.builder().addPreferredChannels(Channel.PHONE_CALL, Channel.MESSAGING)
            .addQuietHour(QuietHours.onWeekdays(Channel.PHONE_CALL, LocalTime.of(9, 0), LocalTime.of(12, 0)))
            .addQuietHour(QuietHours.onWeekdays(Channel.PHONE_CALL, LocalTime.of(13, 0), LocalTime.of(18, 0)))
            .zone(SHANGHAI).build();
        case "c-003" -> ContactPreferences.builder().zone(ZoneId.of("Europe/Berlin")).build();
        case "c-008" -> ContactPreferences.builder().addPreferredChannels(Channel.EMAIL)
            .refusedChannels(Set.of(Channel.PHONE_CALL)).zone(ZoneId.of("Europe/Madrid")).build();
        default -> c.contactPreferences();
      };
      out.add(Customer.builder().from(c).contactPreferences(prefs).build());
    }
    return List.copyOf(out);
  }

  /** The lesson's interaction log: two months of contacts with four customers, one promise broken. */
  static List<Interaction> log(Clock clock) {
    InteractionRecorder r = InteractionRecorder.of(clock, CHANNELS);
    List<Interaction> log = new ArrayList<>();
    log.add(contact(r, "I-01", "c-003", "email", LocalDate.of(2025, 11, 20).atTime(10, 0), Purpose.REGULAR_CHECK_IN,
        "sent the year-end service review", List.of(), List.of()));
    log.add(contact(r, "I-02", "c-001", "face-to-face", LocalDate.of(2026, 1, 20).atTime(15, 0),
        Purpose.IN_DEPTH_DISCUSSION, "annual review at the branch; interested in bond funds", List.of(), List.of()));
    log.add(contact(r, "I-03", "c-001", "phone", LocalDate.of(2026, 2, 16).atTime(12, 20), Purpose.NEW_PRODUCT_NOTICE,
        "told him about the new bond fund; he asked for the leaflet",
        List.of(Commitment.of(CommitmentId.of("P-1"), "send the bond fund leaflet", LocalDate.of(2026, 2, 20))),
        List.of()));
    log.add(contact(r, "I-04", "c-008", "face-to-face", LocalDate.of(2026, 2, 16).atTime(11, 0),
        Purpose.IN_DEPTH_DISCUSSION, "service contract renewal, wants a draft",
        List.of(Commitment.of(CommitmentId.of("P-2"), "send the contract draft", LocalDate.of(2026, 2, 27))),
        List.of()));
    log.add(contact(r, "I-05", "c-005", "face-to-face", LocalDate.of(2026, 2, 17).atTime(14, 0),
        Purpose.IN_DEPTH_DISCUSSION, "quarterly meeting with the purchasing team", List.of(), List.of()));
    log.add(contact(r, "I-06", "c-005", "email", LocalDate.of(2026, 2, 19).atTime(9, 30), Purpose.FULL_EXPLANATION,
        "sent the minutes and the price sheet", List.of(), List.of()));
    log.add(contact(r, "I-07", "c-008", "email", LocalDate.of(2026, 2, 23).atTime(16, 0), Purpose.FOLLOW_UP,
        "confirmed the renewal terms", List.of(), List.of()));
    log.add(contact(r, "I-08", "c-005", "phone", LocalDate.of(2026, 2, 24).atTime(10, 0), Purpose.GENERAL_ENQUIRY,
        "delivery question from the warehouse", List.of(), List.of()));
    log.add(contact(r, "I-09", "c-001", "phone", LocalDate.of(2026, 2, 25).atTime(18, 30), Purpose.FOLLOW_UP,
        "he called: the leaflet never came", List.of(),
        List.of(CommitmentResolution.broken(CommitmentId.of("P-1"), LocalDate.of(2026, 2, 25)))));
    log.add(contact(r, "I-10", "c-005", "phone", LocalDate.of(2026, 2, 26).atTime(9, 0), Purpose.FOLLOW_UP,
        "the complaint about the late delivery", List.of(), List.of()));
    log.add(contact(r, "I-11", "c-005", "email", LocalDate.of(2026, 2, 26).atTime(17, 0), Purpose.FOLLOW_UP,
        "sent the corrected delivery plan", List.of(), List.of()));
    return List.copyOf(log);
  }

  /**
   * IDIC's Interact evidence from the lesson's interaction log, with each customer's cadence from its
   * importance: what every lesson that shows IDIC progress reads, so the tour agrees with this lesson.
   */
  static InteractEvidence interactEvidence(Clock clock, List<Customer> customers) {
    CustomerClassifier classifier = CustomerClassifier.of(Money.of("10000", "EUR"));
    Map<CustomerId, CadenceTier> tiers = new LinkedHashMap<>();
    for (Customer c : customers) {
      tiers.put(c.id(), CadenceTier.from(classifier.classify(c, clock).importance()));
    }
    DuePlanner planner = DuePlanner.of(CadencePolicy.standard(), ChannelChooser.of(CHANNELS));
    return InteractionContactHistory.of(planner, ContactFacts.from(log(clock)),
        id -> tiers.getOrDefault(id, CadenceTier.ORDINARY)).evidence();
  }

  private static Interaction contact(InteractionRecorder r, String id, String customer, String channel,
      LocalDateTime at, Purpose purpose, String summary, List<Commitment> commitments,
      List<CommitmentResolution> resolutions) {
    Initiator by = purpose == Purpose.FOLLOW_UP && resolutions.size() > 0 ? Initiator.CUSTOMER : Initiator.COMPANY;
    ZoneId zone = customer.equals("c-001") || customer.equals("c-005") ? SHANGHAI : ZoneId.of("Europe/Berlin");
    return r.record(InteractionId.of(id), CustomerId.of(customer), ChannelCode.of(channel), by, purpose,
            Set.of(ExchangeContent.PRODUCT_SERVICE_INFORMATION))
        .occurredAt(at.atZone(zone)).addStaff(MANAGER).summary(summary).commitments(commitments)
        .resolutions(resolutions).build();
  }

  @Override
  public String name() {
    return "interact";
  }

  @Override
  public void teach(LessonText text, ReportSection.Builder section) {
    section.paragraph(text.text("intro"));
    channels(text, section);
    ChannelOption lunch = noCallsAtWork(text, section);

    LocalDate today = clock.instant().atZone(SHANGHAI).toLocalDate();
    CustomerClassifier classifier = CustomerClassifier.of(Money.of("10000", "EUR"));
    Map<CustomerId, CadenceTier> tiers = new LinkedHashMap<>();
    for (Customer c : base) {
      tiers.put(c.id(), CadenceTier.from(classifier.classify(c, clock).importance()));
    }
    ContactFacts facts = ContactFacts.from(log);
    List<PlannedContact> planned = base.stream().filter(c -> c.currentAccountManager().isPresent())
        .map(c -> PlannedContact.festivalGreeting(c.id(), LocalDate.of(2026, 3, 8), "International Women's Day"))
        .toList();
    DuePlanner planner = DuePlanner.of(CadencePolicy.standard(), ChannelChooser.of(CHANNELS)).withPlanned(planned);
    DueList due = planner.dueList(MANAGER, today, base, c -> tiers.get(c.id()), facts);
    dueList(text, section, due, tiers);
    FollowUps followUps = followUps(text, section, due, today, classifier);

    CalendarRange weeks = CalendarRange.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 3, 1));
    // The notes in the cells are the managers' summaries: sample data, written in the lesson's language.
    List<Interaction> written = log.stream().map(i -> i.summary().isPresent()
        ? ImmutableInteraction.copyOf(i).withSummary(text.text("summary." + i.id().value())) : i).toList();
    ContactCalendar calendar = ContactCalendar.of(weeks, List.of(), written, CalendarLetters.withHostDefaults());
    calendar(text, section, calendar);

    BrokenPromise promise = brokenPromise(text, section, planner, facts, tiers, today);

    List<DueEntry> action = due.needingAction();
    DueEntry first = action.isEmpty() ? null : action.get(0);
    String urgent = first == null ? text.text("takeaway.none")
        : text.text("takeaway.first", first.customer(), text.name(first.state()), first.daysLate());
    String idic = promise.interactDone ? text.text("takeaway.idic.done") : text.text("takeaway.idic.open");
    String promiseClause = promise.samples == 0 ? text.text("takeaway.promise.none", promise.customer, idic)
        : text.text("takeaway.promise", promise.customer, LessonText.decimal(promise.integrity, 1), idic);
    section.takeaway(text.text("takeaway", action.size(), due.entries().size(), MANAGER, urgent, promiseClause,
        lunch == null ? text.text("choice.none") : title(text, lunch.channel()), followUps.urgent(),
        followUps.planned()));
  }

  private void channels(LessonText text, ReportSection.Builder section) {
    List<List<String>> rows = new ArrayList<>();
    for (InteractionChannel ch : CHANNELS.channels()) {
      rows.add(List.of(title(text, ch), text.name(ch.distance()), text.name(ch.capability().cost()),
          text.name(ch.capability().speed()), text.name(ch.capability().richness()),
          text.name(ch.capability().interactivity()),
          text.list(ch.suits().stream().sorted().map(text::name).toList()),
          ch.hostDefined() ? text.text("source.host") : text.text("source.course")));
    }
    section.table(new ReportTable(text.text("table.channels"), List.of(text.text("col.channel"),
        text.text("col.distance"), text.text("col.cost"), text.text("col.speed"), text.text("col.richness"),
        text.text("col.interactivity"), text.text("col.suits"), text.text("col.source")), rows));
  }

  /** The seed's customer who takes no calls at work, asked at ten on the tour's Monday. */
  private ChannelOption noCallsAtWork(LessonText text, ReportSection.Builder section) {
    Customer li = customer(LI_WEI);
    java.time.Instant ten = clock.instant().atZone(SHANGHAI).toLocalDate().atTime(10, 0).atZone(SHANGHAI).toInstant();
    ChannelChoice now = ChannelChooser.of(CHANNELS).choose(Purpose.REGULAR_CHECK_IN, li.contactPreferences(), ten);
    ChannelChoice waiting = ChannelChooser.of(CHANNELS, Duration.ofHours(3), Duration.ofDays(7))
        .choose(Purpose.REGULAR_CHECK_IN, li.contactPreferences(), ten);
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(text.text("choice.now"), now.chosen().map(o -> title(text, o.channel())).orElse(text.text("choice.none")),
        now.chosen().map(o -> o.at().toLocalTime().toString()).orElse("-")));
    rows.add(List.of(text.text("choice.wait"), waiting.chosen().map(o -> title(text, o.channel())).orElse(text.text("choice.none")),
        waiting.chosen().map(o -> o.at().toLocalTime().toString()).orElse("-")));
    section.paragraph(text.text("choice.intro", LI_WEI, RedactedCustomer.maskName(li.displayName()),
        li.contactPreferences().preferredChannels().isEmpty() ? "-"
            : text.text("contact." + li.contactPreferences().preferredChannels().get(0)),
        quietWindows(text, li.contactPreferences(), Channel.PHONE_CALL), li.contactPreferences().zone().getId()));
    quietWeek(text, section, li.contactPreferences(), Channel.PHONE_CALL);
    section.table(new ReportTable(text.text("table.choice"), List.of(text.text("col.chooser"), text.text("col.channel"),
        text.text("col.time")), rows));
    return waiting.chosen().orElse(null);
  }

  /** The customer's quiet windows on one channel, in words computed from the preferences. */
  static String quietWindows(LessonText text, ContactPreferences prefs, Channel channel) {
    List<String> windows = new ArrayList<>();
    Map<String, List<String>> byDays = new LinkedHashMap<>();
    for (QuietHours q : prefs.quietHours()) {
      if (q.channel() == channel) {
        byDays.computeIfAbsent(days(text, q.days()), k -> new ArrayList<>()).add(q.from() + "-" + q.to());
      }
    }
    byDays.forEach((days, times) -> windows.add(text.text("quiet.window", days, text.list(times))));
    return windows.isEmpty() ? text.text("quiet.never") : String.join("; ", windows);
  }

  private static String days(LessonText text, Set<DayOfWeek> days) {
    List<DayOfWeek> sorted = days.stream().sorted().toList();
    boolean run = sorted.get(sorted.size() - 1).getValue() - sorted.get(0).getValue() == sorted.size() - 1;
    if (run && sorted.size() > 2) {
      return text.text("quiet.range", text.text("day." + sorted.get(0)), text.text("day." + sorted.get(sorted.size() - 1)));
    }
    return text.list(sorted.stream().map(d -> text.text("day." + d)).toList());
  }

  /** The week by the hour on one channel: where the quiet hours leave room to call. */
  private void quietWeek(LessonText text, ReportSection.Builder section, ContactPreferences prefs, Channel channel) {
    LocalDate monday = clock.instant().atZone(prefs.zone()).toLocalDate().with(DayOfWeek.MONDAY);
    List<String> rows = new ArrayList<>();
    List<String> hours = new ArrayList<>();
    for (int h = QUIET_FROM; h < QUIET_TO; h++) {
      hours.add(String.format("%02d", h));
    }
    List<HeatCell> cells = new ArrayList<>();
    int open = 0;
    int total = 0;
    for (int d = 0; d < 7; d++) {
      LocalDate day = monday.plusDays(d);
      String row = text.text("day." + day.getDayOfWeek());
      rows.add(row);
      for (int h = QUIET_FROM; h < QUIET_TO; h++) {
        boolean may = prefs.mayUse(channel, day.atTime(h, 0).atZone(prefs.zone()).toInstant());
        open += may ? 1 : 0;
        total++;
        cells.add(new HeatCell(row, String.format("%02d", h), 1, text.text(may ? "quiet.open" : "quiet.quiet")));
      }
    }
    section.chart(new HeatMap(ChartText.of(text.text("quiet.title", text.text("contact." + channel)),
        text.text("quiet.caption", open, total, QUIET_FROM, QUIET_TO)), text.text("quiet.days"), text.text("quiet.hours"),
        rows, hours, cells, new HeatScale.Categorical(text.text("quiet.legend"), List.of(
            new HeatCategory(text.text("quiet.open"), text.text("quiet.open.label")),
            new HeatCategory(text.text("quiet.quiet"), text.text("quiet.quiet.label"))))));
  }

  /** What the follow-up urgency table found. */
  private record FollowUps(long urgent, long planned) { }

  /**
   * Seed 003's urgency classes: each customer's next action (today for what em-anna's due list asks
   * today, the other managers' notes otherwise) classified by the customer classifier.
   */
  private FollowUps followUps(LessonText text, ReportSection.Builder section, DueList due, LocalDate today,
      CustomerClassifier classifier) {
    Map<FollowUpUrgency, Integer> counts = new EnumMap<>(FollowUpUrgency.class);
    for (FollowUpUrgency u : FollowUpUrgency.values()) {
      counts.put(u, 0);
    }
    List<List<String>> rows = new ArrayList<>();
    for (Customer c : base) {
      Optional<PlannedAction> next = due.needingAction().stream().filter(e -> e.customer().equals(c.id())).findFirst()
          .map(e -> PlannedAction.of(text.text("followup.today", e.suggestion().map(x -> text.name(x.purpose()))
              .orElse(text.name(e.state()))), today))
          .or(() -> Optional.ofNullable(OTHER_FOLLOW_UPS.get(c.id()))
              .map(on -> PlannedAction.of(text.text("followup.note." + c.id().value()), on)));
      if (next.isEmpty()) {
        continue;
      }
      Customer planned = Customer.builder().from(c).nextAction(next.get()).build();
      FollowUpUrgency urgency = classifier.classify(planned, clock).followUpUrgency().orElseThrow();
      counts.merge(urgency, 1, Integer::sum);
      rows.add(List.of(c.id().value(), next.get().description(), next.get().dueOn().toString(),
          String.valueOf(java.time.temporal.ChronoUnit.DAYS.between(today, next.get().dueOn())), text.name(urgency)));
    }
    section.paragraph(text.text("followup.intro", today));
    section.table(new ReportTable(text.text("table.followup"), List.of(text.text("col.customer"),
        text.text("col.next"), text.text("col.due"), text.text("col.days"), text.text("col.urgency")), rows));
    List<String> categories = new ArrayList<>();
    List<Bar> bars = new ArrayList<>();
    for (Map.Entry<FollowUpUrgency, Integer> e : counts.entrySet()) {
      String name = text.name(e.getKey());
      categories.add(name);
      bars.add(Bar.of(name, e.getValue()));
    }
    section.chart(BarChart.horizontal(ChartText.of(text.text("followup.title"), text.text("followup.caption",
            counts.get(FollowUpUrgency.URGENT), rows.size())), text.text("col.urgency"), categories,
        Axis.of(text.text("followup.count"), ValueFormat.number()),
        List.of(BarSeries.of(text.text("followup.count"), bars))));
    return new FollowUps(counts.get(FollowUpUrgency.URGENT), rows.size());
  }

  private void dueList(LessonText text, ReportSection.Builder section, DueList due, Map<CustomerId, CadenceTier> tiers) {
    List<List<String>> rows = new ArrayList<>();
    for (DueEntry e : due.entries()) {
      rows.add(List.of(e.customer() + " " + RedactedCustomer.maskName(customer(e.customer()).displayName()), text.name(tiers.get(e.customer())),
          e.lastContact().map(LocalDate::toString).orElse("-"), String.valueOf(e.cadence().days()),
          text.name(e.state()), String.valueOf(e.daysLate()),
          e.overduePromises().stream().map(p -> p.commitment().id().value()).collect(Collectors.joining(", ")),
          e.suggestion().map(s -> s.chosen().map(o -> title(text, o.channel()) + " " + o.at().toLocalTime()
              + " (" + text.name(s.purpose()) + ")").orElse(text.text("choice.none"))).orElse("-")));
    }
    section.paragraph(text.text("due.intro", MANAGER, due.day()));
    section.table(new ReportTable(text.text("table.due", MANAGER, due.day()), List.of(text.text("col.customer"),
        text.text("col.tier"), text.text("col.last"), text.text("col.cadence"), text.text("col.state"),
        text.text("col.late"), text.text("col.promises"), text.text("col.suggestion")), rows));
  }

  private void calendar(LessonText text, ReportSection.Builder section, ContactCalendar calendar) {
    List<LocalDate> days = calendar.range().dayList();
    List<String> columns = days.stream().map(DAY::format).toList();
    List<List<String>> rows = new ArrayList<>();
    List<String> rowLabels = new ArrayList<>();
    List<HeatCell> cells = new ArrayList<>();
    TreeSet<String> codes = new TreeSet<>();
    for (CustomerId c : calendar.customers()) {
      List<String> row = new ArrayList<>();
      row.add(c.value());
      rowLabels.add(c.value());
      for (LocalDate d : days) {
        String letters = calendar.cell(c, d).map(CalendarCell::letters).orElse("");
        row.add(letters);
        if (!letters.isEmpty()) {
          codes.add(letters);
          cells.add(new HeatCell(c.value(), DAY.format(d), 1, letters));
        }
      }
      rows.add(row);
    }
    List<String> header = new ArrayList<>();
    header.add(text.text("col.customer"));
    header.addAll(columns);
    section.paragraph(text.text("calendar.intro"));
    section.table(new ReportTable(text.text("table.calendar", calendar.range().from(), calendar.range().to()), header,
        rows));
    List<HeatCategory> categories = codes.stream().map(k -> new HeatCategory(k, letterNames(text, k))).toList();
    section.chart(new HeatMap(ChartText.of(text.text("chart.title"), text.text("chart.caption", cells.size(),
        calendar.customers().size(), calendar.range().days())), text.text("col.customer"), text.text("chart.days"),
        rowLabels, columns, cells, new HeatScale.Categorical(text.text("chart.legend"), categories)));
    List<List<String>> notes = new ArrayList<>();
    for (CalendarCell cell : calendar.cells()) {
      notes.add(List.of(cell.customer().value(), cell.day().toString(), cell.letters(), cell.note()));
    }
    section.table(new ReportTable(text.text("table.notes"), List.of(text.text("col.customer"), text.text("col.day"),
        text.text("col.letters"), text.text("col.note")), notes));
  }

  private static String letterNames(LessonText text, String letters) {
    List<String> names = new ArrayList<>();
    for (char ch : letters.toCharArray()) {
      names.add(text.text("letter." + ch));
    }
    return letters + " = " + String.join(" + ", names);
  }

  /** What the lesson found about the broken promise. */
  private record BrokenPromise(CustomerId customer, int samples, double integrity, boolean interactDone) { }

  private BrokenPromise brokenPromise(LessonText text, ReportSection.Builder section, DuePlanner planner,
      ContactFacts facts, Map<CustomerId, CadenceTier> tiers, LocalDate today) {
    Customer li = customer(LI_WEI);
    List<CommitmentRecord> commitments = facts.commitments(LI_WEI);
    List<PerceptionSample> samples = CommitmentPerceptions.samples(commitments, RatingScale.ONE_TO_SEVEN, SHANGHAI);
    PerceptionLog perceptions = PerceptionLog.on(RatingScale.ONE_TO_SEVEN);
    for (PerceptionSample s : samples) {
      perceptions = perceptions.plus(s);
    }
    double integrity = perceptions.mean(ServiceDimension.INTEGRITY).orElse(Double.NaN);
    DueEntry entry = planner.entry(li, tiers.get(LI_WEI), today, facts);
    Set<RelationshipRisk> risks = InteractionRisks.of(li, entry, commitments);
    StageAssessment interact = InteractionContactHistory.of(planner, facts, tiers::get).evidence()
        .assess(li, clock.instant());
    List<List<String>> rows = new ArrayList<>();
    for (CommitmentRecord r : commitments) {
      rows.add(List.of(r.commitment().id().value(), r.madeOn().toString(), r.commitment().dueOn().toString(),
          text.name(r.stateOn(today)), r.resolution().map(x -> x.on().toString()).orElse("-")));
    }
    section.paragraph(text.text("promise.intro", LI_WEI, RedactedCustomer.maskName(li.displayName())));
    section.table(new ReportTable(text.text("table.promises", LI_WEI), List.of(text.text("col.promise"),
        text.text("col.made"), text.text("col.due"), text.text("col.state"), text.text("col.outcome")), rows));
    section.paragraph(text.text("promise.effects", samples.size(),
        Double.isNaN(integrity) ? "-" : LessonText.decimal(integrity, 1),
        text.list(risks.stream().sorted().map(x -> text.text("risk." + x.name())).toList()),
        interact.done() ? text.text("idic.done") : text.text("idic.open", interact.missing().size()),
        entry.suggestion().flatMap(ChannelChoice::chosen).map(o -> title(text, o.channel()) + " " + o.at().toLocalTime()
            + " (" + text.name(entry.suggestion().get().purpose()) + ")").orElse("-")));
    return new BrokenPromise(LI_WEI, samples.size(), integrity, interact.done());
  }

  private static String title(LessonText text, InteractionChannel channel) {
    return text.text("channel." + channel.code().value());
  }

  private Customer customer(CustomerId id) {
    return base.stream().filter(c -> c.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalStateException("the tour's sample base has no customer " + id));
  }
}
