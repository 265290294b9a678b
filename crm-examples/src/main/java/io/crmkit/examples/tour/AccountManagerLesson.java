package io.crmkit.examples.tour;

import io.crmkit.core.customer.RedactedCustomer;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.classification.CustomerClassifier;
import io.crmkit.core.customer.classification.Demand;
import io.crmkit.core.customer.profile.Need;
import io.crmkit.core.customer.profile.NoNeedJudgement;
import io.crmkit.core.money.Money;
import io.crmkit.core.service.CustomerRequest;
import io.crmkit.core.service.FloorApproach;
import io.crmkit.core.service.RequestOutcome;
import io.crmkit.core.service.ServiceBlueprint;
import io.crmkit.core.service.ServiceStance;
import io.crmkit.core.service.ServiceStep;
import io.crmkit.core.service.ServiceTechnique;
import io.crmkit.core.service.StoreFloor;
import io.crmkit.core.service.VisitorCue;
import io.crmkit.core.visit.AgendaItem;
import io.crmkit.core.visit.AlternativeChoice;
import io.crmkit.core.visit.ImmutableVisitPlan;
import io.crmkit.core.visit.VisitChecks;
import io.crmkit.core.visit.VisitGap;
import io.crmkit.core.visit.VisitPlan;
import io.crmkit.core.visit.VisitReadiness;
import io.crmkit.examples.report.ReportSection;
import io.crmkit.examples.report.ReportTable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The account manager's work (000) and service (003, 001): a visit to the key customer prepared,
 * checked for what is missing and completed; the store's three kinds of visitor; the front and back
 * stage of a repair service; and the stance that the customer is not God, on three requests.
 */
final class AccountManagerLesson implements Lesson {
  /** What the store assistant sees three visitors do, in order. */
  static final Map<String, List<VisitorCue>> VISITORS = Map.of(
      "a", List.of(VisitorCue.GOES_STRAIGHT_TO_A_PRODUCT, VisitorCue.NAMES_A_BRAND_OR_MODEL),
      "b", List.of(VisitorCue.STROLLS_AND_LOOKS, VisitorCue.COMPARES_PRODUCTS, VisitorCue.ASKS_FOR_ADVICE),
      "c", List.of(VisitorCue.STROLLS_AND_LOOKS, VisitorCue.STROLLS_AND_LOOKS));

  private final Clock clock;
  private final List<Customer> base;
  private final Map<String, List<VisitorCue>> visitors;

  AccountManagerLesson(Clock clock) {
    this(clock, SampleCustomers.load(), VISITORS);
  }

  AccountManagerLesson(Clock clock, List<Customer> base, Map<String, List<VisitorCue>> visitors) {
    this.clock = clock;
    this.base = List.copyOf(base);
    this.visitors = Map.copyOf(visitors);
  }

  @Override
  public String name() {
    return "account-manager";
  }

  /** The tour's customers once the identify lesson has merged the duplicates. */
  static final List<String> MERGED = List.of("c-001", "c-003", "c-005", "c-006", "c-008", "c-009");

  @Override
  public void teach(LessonText text, ReportSection.Builder section) {
    section.paragraph(text.text("intro"));
    CustomerClassifier classifier = CustomerClassifier.of(Money.of("10000", "EUR"));
    List<List<String>> demand = new ArrayList<>();
    for (Customer c : base) {
      if (!MERGED.contains(c.id().value())) {
        continue;
      }
      Demand d = classifier.classify(c, clock).demand();
      demand.add(List.of(c.id() + " " + RedactedCustomer.maskName(c.displayName()), text.name(d), reason(text, c, d)));
    }
    section.table(new ReportTable(text.text("table.demand"), List.of(text.text("col.customer"),
        text.text("col.demand"), text.text("col.reason")), demand));
    CustomerId keyId = PersonalityLesson.KEY_CUSTOMER;
    Customer key = base.stream().filter(c -> c.id().equals(keyId)).findFirst()
        .orElseThrow(() -> new IllegalStateException("the sample base has no " + keyId));
    Instant visit = clock.instant().plus(Duration.ofDays(1)).plus(Duration.ofHours(1));
    ImmutableVisitPlan.Builder draft = VisitPlan.builder().customer(keyId).accountManager(EmployeeId.of("em-chen"))
        .startsAt(visit).length(Duration.ofMinutes(45))
        .addAgenda(new AgendaItem(text.text("agenda.support"), 25), new AgendaItem(text.text("agenda.levels"), 20),
            new AgendaItem(text.text("agenda.next"), 10));
    VisitReadiness first = VisitReadiness.of(draft.build(), key);
    section.table(gaps(text, text.text("table.draft", keyId, RedactedCustomer.maskName(key.displayName())), first));

    VisitPlan ready = draft.agenda(List.of(new AgendaItem(text.text("agenda.support"), 20),
            new AgendaItem(text.text("agenda.levels"), 15), new AgendaItem(text.text("agenda.next"), 5)))
        .valueForCustomer(text.text("value")).addMaterials(text.text("material"))
        .recordReviewedAt(visit.minus(Duration.ofHours(2))).addToComplete(text.text("complete"))
        .appointmentConfirmed(true).appointmentChoice(new AlternativeChoice(text.text("choice.question"),
            text.text("choice.first"), text.text("choice.second"))).build();
    VisitReadiness second = VisitReadiness.of(ready, key);
    section.paragraph(text.text("prepared", second.ready() ? text.text("ready") : text.text("not-ready"),
        ready.appointmentChoice().orElseThrow().question(), ready.agendaMinutes(), ready.length().toMinutes()));
    Customer afterVisit = key.recordNeed(Need.personal(text.text("learnt"), LocalDate.now(clock).plusDays(1)));
    section.paragraph(text.text("after", afterVisit.needs().stream().filter(n -> !n.isBusiness()).count(),
        VisitReadiness.of(ready, afterVisit, List.of(VisitChecks.NEEDS_ON_RECORD)).ready() ? text.text("ready")
            : text.text("not-ready")));

    List<List<String>> floor = new ArrayList<>();
    int steppedUp = 0;
    for (String who : List.of("a", "b", "c")) {
      FloorApproach a = StoreFloor.approach(visitors.get(who));
      steppedUp += a.stepUp() ? 1 : 0;
      floor.add(List.of(text.text("visitor." + who), text.list(visitors.get(who).stream().map(text::name).toList()),
          text.name(a.purpose()), text.text(a.stepUp() ? "step-up" : "give-room"), text.text("approach." + a.purpose())));
    }
    section.table(new ReportTable(text.text("table.floor"), List.of(text.text("col.visitor"), text.text("col.cues"),
        text.text("col.purpose"), text.text("col.now"), text.text("col.approach")), floor));

    ServiceBlueprint repair = ServiceBlueprint.of(ServiceStep.front(text.text("step.call"), text.text("team.desk")),
        ServiceStep.back(text.text("step.part"), text.text("team.warehouse")),
        new ServiceStep(text.text("step.date"), io.crmkit.core.service.ServiceStage.BACK_STAGE, text.text("team.workshop"),
            true), ServiceStep.front(text.text("step.repair"), text.text("team.field")));
    List<List<String>> steps = new ArrayList<>();
    repair.steps().forEach(s -> steps.add(List.of(s.name(), text.name(s.stage()), s.team(),
        text.text(s.customerDealsWithTeam() ? "yes" : "no"))));
    section.table(new ReportTable(text.text("table.blueprint", repair.teamsTheCustomerMeets().size(),
        repair.findings().size()), List.of(text.text("col.step"), text.text("col.stage"), text.text("col.team"),
        text.text("col.meets")), steps));
    section.paragraph(text.text("techniques", text.list(java.util.Arrays.stream(ServiceTechnique.values())
        .map(text::name).toList())));

    List<List<String>> requests = new ArrayList<>();
    for (String r : List.of("warranty", "weekend", "rain")) {
      CustomerRequest request = new CustomerRequest(r, r.equals("warranty"), true, false, r.equals("rain"),
          r.equals("rain") ? 4 : 1);
      RequestOutcome outcome = ServiceStance.decide(request);
      requests.add(List.of(text.text("request." + r), LessonText.count(request.timesAsked()), text.name(outcome)));
    }
    section.table(new ReportTable(text.text("table.stance"), List.of(text.text("col.request"), text.text("col.asked"),
        text.text("col.outcome")), requests));

    section.takeaway(text.text("takeaway", first.gaps().size(), text.list(first.gaps().stream().map(VisitGap::check)
        .toList()), steppedUp, visitors.size()));
  }

  /**
   * Why the customer's demand is what it is, from the record, in the lesson's language; the needs'
   * descriptions are the sample data of {@code needs.csv}, shown in the lesson's words for them.
   */
  private static String reason(LessonText text, Customer c, Demand d) {
    return switch (d) {
      case DEAD -> {
        NoNeedJudgement j = c.noNeedJudgement().orElseThrow();
        yield text.text("reason.DEAD", j.judgedBy(), j.judgedOn(), text.text("sample.noNeed." + c.id()));
      }
      case UNKNOWN -> text.text("reason.UNKNOWN");
      default -> {
        Need n = c.needs().stream().filter(Need::isBusiness).findFirst().orElseThrow();
        yield text.text("reason." + d, text.text("sample.need." + c.id()), n.neededBy().map(LocalDate::toString)
            .orElse(text.text("now")));
      }
    };
  }

  private static ReportTable gaps(LessonText text, String caption, VisitReadiness readiness) {
    List<List<String>> rows = new ArrayList<>();
    readiness.gaps().forEach(g -> rows.add(List.of(g.check(), text.text("gap." + g.check()))));
    if (rows.isEmpty()) {
      rows.add(List.of("-", text.text("ready")));
    }
    return new ReportTable(caption, List.of(text.text("col.check"), text.text("col.missing")), rows);
  }
}
