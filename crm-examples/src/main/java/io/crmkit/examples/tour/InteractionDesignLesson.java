package io.crmkit.examples.tour;

import io.crmkit.core.customer.RedactedCustomer;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.confidentiality.Sensitivity;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.interaction.ChannelCatalogue;
import io.crmkit.core.interaction.ChannelCode;
import io.crmkit.core.interaction.Commitment;
import io.crmkit.core.interaction.CommitmentId;
import io.crmkit.core.interaction.CommitmentLedger;
import io.crmkit.core.interaction.CommitmentRecord;
import io.crmkit.core.interaction.CommitmentResolution;
import io.crmkit.core.interaction.ExchangeContent;
import io.crmkit.core.interaction.Initiator;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.interaction.InteractionId;
import io.crmkit.core.interaction.InteractionRecorder;
import io.crmkit.core.interaction.Purpose;
import io.crmkit.core.interaction.design.ChannelPlan;
import io.crmkit.core.interaction.design.CheckResult;
import io.crmkit.core.interaction.design.DesignReview;
import io.crmkit.core.interaction.design.EffectEvaluation;
import io.crmkit.core.interaction.design.GoalCheck;
import io.crmkit.core.interaction.design.GoalChecks;
import io.crmkit.core.interaction.design.GoalOutcome;
import io.crmkit.core.interaction.design.GoalReview;
import io.crmkit.core.interaction.design.InteractionContent;
import io.crmkit.core.interaction.design.InteractionDesign;
import io.crmkit.core.interaction.design.InteractionGoal;
import io.crmkit.core.interaction.design.InteractionObject;
import io.crmkit.core.interaction.maintenance.Agenda;
import io.crmkit.core.interaction.maintenance.AgendaItem;
import io.crmkit.core.interaction.maintenance.Concern;
import io.crmkit.core.interaction.maintenance.CycleStatus;
import io.crmkit.core.interaction.maintenance.Help;
import io.crmkit.core.interaction.maintenance.MaintenanceAction;
import io.crmkit.core.interaction.maintenance.MaintenanceCommand;
import io.crmkit.core.interaction.maintenance.MaintenanceCycle;
import io.crmkit.core.interaction.maintenance.MaintenanceCycles;
import io.crmkit.core.interaction.maintenance.MaintenanceEvent;
import io.crmkit.core.interaction.maintenance.MaintenanceRecord;
import io.crmkit.core.interaction.maintenance.MaintenanceStep;
import io.crmkit.core.interaction.maintenance.MaintenanceWorkflow;
import io.crmkit.core.interaction.maintenance.Memo;
import io.crmkit.core.interaction.maintenance.NextStep;
import io.crmkit.core.interaction.maintenance.Provision;
import io.crmkit.core.interaction.maintenance.RecordView;
import io.crmkit.core.interaction.maintenance.SatisfactionCheck;
import io.crmkit.core.interaction.maintenance.StepReadiness;
import io.crmkit.core.satisfaction.SatisfactionOutcome;
import io.crmkit.examples.report.ReportSection;
import io.crmkit.examples.report.ReportTable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Interaction design and the maintenance cycle (IDIC 3, Interact): the drama-club exercise of seed
 * 001 worked as a design (audiences and their stage's expectations, goals and their four checks,
 * content fitted to the channel, the channel mix) and evaluated after the night against the
 * interactions that carried it out; then the five-step maintenance cycle of seed 000 with the key
 * customer c-005, what the next step needs from the record, what is missing, and why.
 */
final class InteractionDesignLesson implements Lesson {
  static final List<Integer> OBSERVED = List.of(4, 0, 52, 41);
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final CustomerId ACME = PersonalityLesson.KEY_CUSTOMER;
  private static final EmployeeId CHEN = EmployeeId.of("em-chen");
  private static final FactKey IMPORT_VOLUME = FactKey.of("import-volume");
  private static final FactKey DECISION_MAKER = FactKey.of("decision-maker");

  private final Clock clock;
  private final List<Integer> observed;
  private final boolean decisionMakerDisputed;

  InteractionDesignLesson(Clock clock) {
    this(clock, OBSERVED, true);
  }

  /** A lesson on other results of the night and another state of the record (the tests vary them). */
  InteractionDesignLesson(Clock clock, List<Integer> observed, boolean decisionMakerDisputed) {
    this.clock = clock;
    this.observed = List.copyOf(observed);
    this.decisionMakerDisputed = decisionMakerDisputed;
  }

  @Override
  public String name() {
    return "interaction-design";
  }

  @Override
  public void teach(LessonText text, ReportSection.Builder section) {
    DramaClub club = new DramaClub(text);
    InteractionDesign design = club.design;
    section.paragraph(text.text("intro.design", design.title(), design.startsOn(), design.endsOn()));
    objects(text, section, design);
    goals(text, section, club);
    channels(text, section, design);
    EffectEvaluation evaluation = EffectEvaluation.of(design, DramaClub.EVALUATED, observed,
        List.of(text.text("problem.1"), text.text("problem.2")), List.of(text.text("finding.1"), text.text("finding.2")),
        DramaClub.interactions());
    evaluation(text, section, evaluation);

    section.paragraph(text.text("intro.cycle", ACME, RedactedCustomer.maskName(customer().displayName()), CHEN));
    MaintenanceRecord record = recordNow(decisionMakerDisputed);
    MaintenanceCycle cycle = cycle(record);
    MaintenanceCycles now = MaintenanceCycles.on(clock);
    history(text, section, cycle);
    NextStep next = now.nextStep(cycle, record);
    RecordView view = now.view(cycle, record);
    StepReadiness mainPath = now.readiness(cycle, MaintenanceWorkflow.forward(cycle.state()).step(), record);
    readiness(text, section, mainPath, view, cycle.status());
    section.paragraph(text.text("next", text.name(next.step()), why(text, next, view)));
    Optional<NextStep> afterCorrection = Optional.empty();
    if (!view.disputedFacts().isEmpty()) {
      MaintenanceRecord corrected = recordNow(false);
      afterCorrection = Optional.of(now.nextStep(cycle, corrected));
      section.paragraph(text.text("next.corrected", text.name(afterCorrection.get().step()),
          openCommitments(now.view(cycle, corrected))));
    }

    List<String> missing = mainPath.provisions().stream().filter(Provision::blocks)
        .map(p -> text.name(p.item())).toList();
    String designPart = evaluation.missed().isEmpty()
        ? text.text("takeaway.design.all", evaluation.outcomes().size(), evaluation.findings().size())
        : text.text("takeaway.design", evaluation.met().size(), evaluation.outcomes().size(),
            text.list(evaluation.missed().stream().map(o -> o.goal().statement()).toList()),
            evaluation.findings().size());
    String then = text.isChinese() ? "" : " ";
    section.takeaway(missing.isEmpty()
        ? designPart + then + text.text("takeaway.cycle.ready", ACME, text.name(next.step()), openCommitments(view))
        : designPart + then + text.text("takeaway.cycle.blocked", ACME, text.list(missing), text.name(next.step())));
  }

  private static void objects(LessonText text, ReportSection.Builder section, InteractionDesign design) {
    List<List<String>> rows = new ArrayList<>();
    for (InteractionObject o : design.objects()) {
      rows.add(List.of(o.name(), text.name(o.stage()), o.basicExpectation(), o.potentialExpectation(),
          LessonText.count(o.size().orElseThrow())));
    }
    section.table(new ReportTable(text.text("table.objects"), List.of(text.text("col.audience"),
        text.text("col.stage"), text.text("col.basic"), text.text("col.potential"), text.text("col.size")), rows));
  }

  private static void goals(LessonText text, ReportSection.Builder section, DramaClub club) {
    InteractionDesign design = club.design;
    DesignReview review = InteractionDesign.reviewGoals(design.goals(), design.checks());
    List<List<String>> rows = new ArrayList<>();
    for (GoalReview g : review.goals()) {
      InteractionGoal goal = g.goal();
      List<String> row = new ArrayList<>(List.of(goal.audience().name(), goal.statement(), text.name(goal.purpose()),
          goal.measure().map(m -> m.baseline().isPresent()
              ? text.text("measure.from", m.indicator(), m.target(), m.baseline().getAsInt())
              : text.text("measure", m.indicator(), m.target())).orElse("-"),
          goal.deadline().map(LocalDate::toString).orElse("-")));
      for (CheckResult r : g.results()) {
        row.add(r.passed() ? "✓" : "✗");
      }
      rows.add(row);
    }
    section.table(new ReportTable(text.text("table.goals"), List.of(text.text("col.audience"), text.text("col.goal"),
        text.text("col.purpose"), text.text("col.measure"), text.text("col.deadline"), text.name(GoalCheck.SPECIFIC),
        text.name(GoalCheck.ACHIEVABLE), text.name(GoalCheck.TIME_BOUND)), rows));
    section.paragraph(text.text(review.diversity().passed() ? "diverse.passed" : "diverse.failed",
        text.name(GoalCheck.DIVERSE), design.goals().size(), design.objects().size(),
        design.goals().stream().map(InteractionGoal::purpose).distinct().count()));
    GoalReview vague = GoalChecks.standard().review(club.vagueGoal);
    section.paragraph(text.text("vague", club.vagueGoal.statement(),
        text.list(vague.failures().stream().map(f -> text.name(f.check())).toList())));
  }

  private static void channels(LessonText text, ReportSection.Builder section, InteractionDesign design) {
    List<List<String>> rows = new ArrayList<>();
    for (InteractionContent c : design.contents()) {
      ChannelPlan plan = design.channelPlans().stream()
          .filter(p -> p.audience().equals(c.audience()) && p.channel().equals(c.channel())).findFirst().orElseThrow();
      rows.add(List.of(c.audience().name(), text.text("channel." + c.channel().code()), text.name(c.channel().medium()),
          c.theme(), text.name(c.structure()), text.name(c.format()),
          text.text("frequency", plan.frequency().times(), plan.frequency().perDays()), plan.timing()));
    }
    section.table(new ReportTable(text.text("table.channels"), List.of(text.text("col.audience"),
        text.text("col.channel"), text.text("col.medium"), text.text("col.theme"), text.text("col.structure"),
        text.text("col.format"), text.text("col.frequency"), text.text("col.timing")), rows));
    section.paragraph(text.text(design.combinesMedia() ? "mix.both" : "mix.one", design.channelCodes().size(),
        design.plannedOccasions(), design.days()));
  }

  private static void evaluation(LessonText text, ReportSection.Builder section, EffectEvaluation evaluation) {
    List<List<String>> rows = new ArrayList<>();
    for (GoalOutcome o : evaluation.outcomes()) {
      rows.add(List.of(o.goal().audience().name(), o.goal().measure().orElseThrow().indicator(),
          LessonText.count(o.target()), LessonText.count(o.observed()), text.text(o.met() ? "met" : "not-met")));
    }
    section.table(new ReportTable(text.text("table.evaluation", evaluation.evaluatedOn()),
        List.of(text.text("col.audience"), text.text("col.measure"), text.text("col.target"), text.text("col.observed"),
            text.text("col.met")), rows));
    evaluation.problems().forEach(p -> section.paragraph(text.text("label.problem"), p));
    evaluation.findings().forEach(f -> section.paragraph(text.text("label.finding"), f));
    section.paragraph(text.text("linked", evaluation.carriedOutBy().size(),
        text.list(evaluation.carriedOutBy().stream().map(InteractionId::value).toList())));
  }

  private static void history(LessonText text, ReportSection.Builder section, MaintenanceCycle cycle) {
    List<List<String>> rows = new ArrayList<>();
    for (MaintenanceEvent e : cycle.history()) {
      rows.add(List.of(String.valueOf(e.sequence()), e.at().atZone(SHANGHAI).toLocalDate().toString(),
          String.valueOf(e.round()), text.name(e.step()), text.name(e.toState())));
    }
    section.table(new ReportTable(text.text("table.history", ACME), List.of("#", text.text("col.date"),
        text.text("col.round"), text.text("col.step"), text.text("col.state")), rows));
  }

  private static void readiness(LessonText text, ReportSection.Builder section, StepReadiness readiness,
      RecordView view, CycleStatus status) {
    List<List<String>> rows = new ArrayList<>();
    for (Provision p : readiness.provisions()) {
      rows.add(List.of(text.name(p.item()), text.text(p.required() ? "required" : "advised"), p.present() ? "✓" : "✗",
          detail(text, p, view, status)));
    }
    section.table(new ReportTable(text.text("table.readiness", text.name(readiness.step())), List.of(text.text("col.item"),
        text.text("col.need"), text.text("col.present"), text.text("col.detail")), rows));
  }

  /** What the record holds or lacks for one item, in the lesson's language, from the record itself. */
  private static String detail(LessonText text, Provision p, RecordView view, CycleStatus status) {
    String key = "detail." + p.item() + (p.present() ? ".present" : ".missing");
    return switch (p.item()) {
      case PROFILE_FACTS -> text.text(key, view.currentFacts());
      case FACTS_TO_COMPLETE -> text.text(key, text.list(view.staleFacts().stream().map(FactKey::value).toList()));
      case NO_DISPUTED_FACTS -> text.text(key, text.list(view.disputedFacts().stream().map(FactKey::value).toList()));
      case APPOINTMENT -> text.text(key, status.appointment().map(LocalDate::toString).orElse("-"));
      case OPEN_COMMITMENTS -> openCommitments(text, view);
      case LAST_SATISFACTION_RESULT -> text.text(key, view.lastSatisfaction().map(s -> text.text("outcome." + s.outcome())).orElse("-"),
          view.lastSatisfaction().map(s -> s.checkedOn().toString()).orElse("-"));
      case CONTACT_OF_ROUND -> text.text(key, status.contactOfRound().map(InteractionId::value).orElse("-"));
      case CONCERNS_OF_ROUND -> text.text(key, status.concernsOfRound().size());
      case HELP_OF_ROUND -> text.text(key, status.helpOfRound().size());
    };
  }

  private static String openCommitments(LessonText text, RecordView view) {
    if (view.openCommitments().isEmpty()) {
      return text.text("detail.OPEN_COMMITMENTS.none");
    }
    List<String> each = new ArrayList<>();
    for (CommitmentRecord c : view.openCommitments()) {
      long late = c.daysOverdueOn(view.today());
      each.add(late > 0 ? text.text("commitment.overdue", c.commitment().id(), c.commitment().dueOn(), late)
          : text.text("commitment.open", c.commitment().id(), c.commitment().dueOn()));
    }
    return text.text("detail.OPEN_COMMITMENTS.present", view.openCommitments().size(), text.list(each));
  }

  private String openCommitments(RecordView view) {
    return view.openCommitments().stream().map(c -> c.commitment().id().value()).reduce((a, b) -> a + ", " + b)
        .orElse("-");
  }

  private static String why(LessonText text, NextStep next, RecordView view) {
    if (!view.disputedFacts().isEmpty() && next.step() == MaintenanceStep.INTEGRATE_INFORMATION) {
      return text.text("why.disputed", text.list(view.disputedFacts().stream().map(FactKey::value).toList()));
    }
    return text.text("why." + next.step());
  }

  // ---- the key customer's record and cycle -------------------------------------------------------

  private static Customer customer() {
    return SampleCustomers.load().stream().filter(c -> c.id().equals(ACME)).findFirst()
        .orElseThrow(() -> new IllegalStateException("the sample base has no " + ACME));
  }

  private static Instant at(int month, int day) {
    return LocalDate.of(2026, month, day).atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant();
  }

  private static ProfileFact fact(FactKey key, String value, Instant at) {
    return ProfileFact.builder().key(key).category(FactCategory.BEHAVIORAL).sensitivity(Sensitivity.INTERNAL)
        .content(value).source("visit notes").recordedAt(at).build();
  }

  private static Customer acme(boolean disputed) {
    Customer acme = customer()
        .recordFact(fact(IMPORT_VOLUME, "about 300 containers a year", LocalDate.of(2025, 6, 2).atStartOfDay(SHANGHAI)
            .toInstant()))
        .recordFact(fact(DECISION_MAKER, "the purchasing manager", at(1, 14)))
        .recordFact(fact(FactKey.of("main-port"), "Yangshan", at(1, 14)));
    return disputed ? acme.disputeFact(DECISION_MAKER, "on the phone the general manager said he decides") : acme;
  }

  /** The January visit, with the promise of a customs broker's name by 10 February. */
  private static Interaction visit() {
    return InteractionRecorder.of(Clock.fixed(at(1, 14), SHANGHAI), ChannelCatalogue.standard())
        .record(InteractionId.of("I-0114"), ACME, ChannelCode.of("face-to-face"), Initiator.COMPANY,
            Purpose.REGULAR_CHECK_IN, Set.of(ExchangeContent.PRODUCT_SERVICE_INFORMATION)).addStaff(CHEN)
        .addCommitments(Commitment.of(CommitmentId.of("P-3"), "introduce a customs broker", LocalDate.of(2026, 2, 10)))
        .build();
  }

  /** The re-contact call: the broker's name given (kept), and a revised freight quote promised by 27 February. */
  private static Interaction recontactCall() {
    return InteractionRecorder.of(Clock.fixed(at(1, 28), SHANGHAI), ChannelCatalogue.standard())
        .record(InteractionId.of("I-0128"), ACME, ChannelCode.of("phone"), Initiator.COMPANY, Purpose.FOLLOW_UP,
            Set.of(ExchangeContent.EMOTION)).addStaff(CHEN)
        .addResolutions(CommitmentResolution.kept(CommitmentId.of("P-3"), LocalDate.of(2026, 1, 28)))
        .addCommitments(Commitment.of(CommitmentId.of("P-4"), "send a revised freight quote", LocalDate.of(2026, 2, 27)))
        .build();
  }

  private MaintenanceRecord recordNow(boolean disputed) {
    return MaintenanceRecord.of(acme(disputed), CommitmentLedger.of(List.of(visit(), recontactCall())));
  }

  /** Round one in January, as the record stood then; round two opened this morning. */
  private MaintenanceCycle cycle(MaintenanceRecord now) {
    MaintenanceRecord january = MaintenanceRecord.of(acme(false), CommitmentLedger.of(List.of()));
    MaintenanceRecord afterVisit = MaintenanceRecord.of(acme(false), CommitmentLedger.of(List.of(visit())));
    Concern customs = Concern.business("customs clearance delays at the port");
    Concern son = Concern.personal("the buyer's son is applying to universities");
    MaintenanceCycle c = MaintenanceCycles.on(Clock.fixed(at(1, 12), ZoneOffset.UTC)).start(ACME);
    c = step(c, at(1, 12), new MaintenanceAction.IntegrateInformation(List.of(IMPORT_VOLUME)), january);
    c = step(c, at(1, 14), new MaintenanceAction.ContactWarmly(InteractionId.of("I-0114"), new Agenda(
        "the year's imports and next year's plan", List.of(AgendaItem.of("how the year went", 15),
            AgendaItem.of("next year's routes", 20)), Optional.of("a plan that avoids the peak-season delays"), true)),
        january);
    c = step(c, at(1, 14), new MaintenanceAction.UnderstandDeeply(List.of(customs, son)), january);
    c = step(c, at(1, 21), new MaintenanceAction.HelpComprehensively(List.of(new Help(customs, "a broker at the port"),
        new Help(son, "our staff's experience of the admissions fair"))), afterVisit);
    c = step(c, at(1, 28), new MaintenanceAction.Recontact(InteractionId.of("I-0128"),
        new SatisfactionCheck(SatisfactionOutcome.BASICALLY_SATISFIED, LocalDate.of(2026, 1, 28)),
        new Memo(List.of(CommitmentId.of("P-3")), List.of("freight rates for next year"),
            Optional.of(LocalDate.of(2026, 3, 5)))), afterVisit);
    return MaintenanceCycles.on(clock).apply(c, MaintenanceCommand.by(CHEN,
        new MaintenanceAction.IntegrateInformation(List.of(IMPORT_VOLUME))), now);
  }

  private static MaintenanceCycle step(MaintenanceCycle c, Instant at, MaintenanceAction action, MaintenanceRecord r) {
    return MaintenanceCycles.on(Clock.fixed(at, ZoneOffset.UTC)).apply(c, MaintenanceCommand.by(CHEN, action), r);
  }
}
