package io.crmkit.examples.tour;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.classification.Closeness;
import io.crmkit.core.loyalty.BehavioralLoyalty;
import io.crmkit.core.loyalty.EmotionalLoyalty;
import io.crmkit.core.loyalty.ImmutableLoyaltyEvidence;
import io.crmkit.core.loyalty.LoyaltyEvidence;
import io.crmkit.core.loyalty.LoyaltyRules;
import io.crmkit.core.loyalty.LoyaltyType;
import io.crmkit.core.loyalty.SatisfactionLoyaltyQuadrant;
import io.crmkit.core.loyalty.SwitchingCost;
import io.crmkit.core.satisfaction.RatingScale;
import io.crmkit.core.satisfaction.SatisfactionModel;
import io.crmkit.core.satisfaction.SatisfactionOutcome;
import io.crmkit.core.satisfaction.ServiceDimension;
import io.crmkit.core.satisfaction.ServiceEncounter;
import io.crmkit.core.service.CustomerRequest;
import io.crmkit.core.service.RequestOutcome;
import io.crmkit.core.service.ServiceStance;
import io.crmkit.core.visit.AgendaItem;
import io.crmkit.core.visit.VisitChecks;
import io.crmkit.core.visit.VisitGap;
import io.crmkit.core.visit.VisitPlan;
import io.crmkit.core.visit.VisitReadiness;
import io.crmkit.examples.report.ReportSection;
import io.crmkit.examples.report.ReportTable;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.scoring.lifecycle.CustomerActivity;
import io.crmkit.scoring.lifecycle.LifecycleInference;
import io.crmkit.scoring.pareto.ParetoAnalysis;
import io.crmkit.scoring.summary.CustomerSummaries;
import io.crmkit.scoring.transactions.ReadMode;
import io.crmkit.scoring.transactions.TransactionFormat;
import io.crmkit.scoring.transactions.TransactionReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The quiz of 003 (习题), where a question concerns a rule crmkit models: each question answered by
 * running the model, with the seed's own answer beside the model's and why.
 */
final class QuizLesson implements Lesson {
  private final Clock clock;
  private final double valueShare;

  QuizLesson(Clock clock) {
    this(clock, 0.8);
  }

  /** With another share of value for the 80/20 question (a teacher may ask about 90%). */
  QuizLesson(Clock clock, double valueShare) {
    this.clock = clock;
    this.valueShare = valueShare;
  }

  @Override
  public String name() {
    return "quiz";
  }

  private record Answer(String question, String seed, String model, String why) {}

  @Override
  public void teach(LessonText text, ReportSection.Builder section) {
    section.paragraph(text.text("intro"));
    List<Answer> answers = new ArrayList<>();

    ParetoAnalysis pareto = ParetoAnalysis.of(CustomerSummaries.of(cdnow()));
    double customers = pareto.customerShareFor(valueShare);
    answers.add(new Answer("q11", "B", customers < 0.5 ? "B" : "-", text.text("why.q11",
        LessonText.percent(valueShare, 0), LessonText.percent(customers, 1), LessonText.count(pareto.customers()))));

    SatisfactionModel model = SatisfactionModel.standard(RatingScale.ONE_TO_FIVE);
    SatisfactionOutcome below = outcome(model, 4, 3);
    SatisfactionOutcome level = outcome(model, 4, 4);
    SatisfactionOutcome above = outcome(model, 4, 5);
    SatisfactionOutcome lowered = outcome(model, 3, 3);
    boolean both = below != level && level != above && below != lowered;
    answers.add(new Answer("q13", "A", both ? "A" : "-", text.text("why.q13", text.text("outcome." + below),
        text.text("outcome." + level), text.text("outcome." + above), text.text("outcome." + lowered))));

    SatisfactionLoyaltyQuadrant hostage = SatisfactionLoyaltyQuadrant.of(false, true);
    answers.add(new Answer("j23", "×", hostage == SatisfactionLoyaltyQuadrant.HOSTAGE ? "×" : "√",
        text.text("why.j23")));

    RequestOutcome beyond = ServiceStance.decide(new CustomerRequest("a need we cannot meet", true, false, false,
        false, 1));
    answers.add(new Answer("q8", "C", beyond != RequestOutcome.GRANT ? "C" : "-", text.text("why.q8",
        text.name(beyond))));

    CustomerId id = CustomerId.of("c-001");
    Customer customer = Customer.person(id, "Li Wei");
    VisitPlan unprepared = VisitPlan.builder().customer(id).accountManager(EmployeeId.of("em-anna"))
        .startsAt(clock.instant().plus(Duration.ofDays(1))).length(Duration.ofMinutes(30))
        .addAgenda(new AgendaItem("review", 20)).addMaterials("statement").appointmentConfirmed(true).build();
    List<String> gaps = VisitReadiness.of(unprepared, customer, List.of(VisitChecks.RECORD_REVIEWED)).gaps().stream()
        .map(VisitGap::check).toList();
    answers.add(new Answer("q5", "C", gaps.contains("record-reviewed") ? "C" : "-", text.text("why.q5",
        String.join(", ", gaps))));

    VisitPlan repeat = VisitPlan.builder().from(unprepared).agenda(List.of())
        .recordReviewedAt(clock.instant()).build();
    List<String> repeatGaps = VisitReadiness.of(repeat, customer, List.of(VisitChecks.AGENDA_PREPARED)).gaps().stream()
        .map(VisitGap::check).toList();
    answers.add(new Answer("q7", "A", repeatGaps.contains("agenda-prepared") ? "A" : "-", text.text("why.q7",
        String.join(", ", repeatGaps))));

    List<String> states = Arrays.stream(Closeness.values()).map(text::name).toList();
    // The model classifies status by the record (Closeness) and has no size dimension: it cannot pick D itself.
    answers.add(new Answer("q15", "D", "-", text.text("why.q15", text.list(states))));

    loyaltyTypes(text, answers);

    // Question 10: trade has grown from one quarter to the next, after the first half-year.
    CustomerActivity growing = new CustomerActivity("the customer of question 10", clock.instant()
        .atZone(java.time.ZoneOffset.UTC).toLocalDate(), 300, 10, 9, 180_000, 100_000, 5, 3, 91, 2);
    Optional<LifecycleStage> stage = LifecycleInference.defaults().stageOf(growing);
    answers.add(new Answer("q10", "B", stage.map(QuizLesson::lifecycleLetter).orElse("-"), text.text("why.q10",
        growing.purchasesPrevious(), growing.purchasesLast(), LessonText.percent(growing.spendChange().orElse(0.0), 0),
        stage.map(text::name).orElse("-"))));

    List<List<String>> rows = new ArrayList<>();
    long agree = 0;
    for (Answer a : answers) {
      boolean same = a.seed().equals(a.model());
      agree += same ? 1 : 0;
      rows.add(List.of(text.text("question." + a.question()), a.seed(), a.model(), a.why()));
    }
    section.table(new ReportTable(text.text("table.quiz"), List.of(text.text("col.question"), text.text("col.seed"),
        text.text("col.model"), text.text("col.why")), rows));
    section.takeaway(text.text("takeaway", agree, answers.size(), LessonText.percent(valueShare, 0),
        LessonText.percent(customers, 1)));
  }

  /** The seed's options A-D of questions 18 and 19, in its order. */
  static final List<LoyaltyType> LOYALTY_OPTIONS = List.of(LoyaltyType.MONOPOLY, LoyaltyType.RELATIONSHIP,
      LoyaltyType.INERTIA, LoyaltyType.TRUST);

  /** The textbook customer of each loyalty type: ten years of monthly purchases, held for that reason. */
  static LoyaltyEvidence heldBy(LoyaltyType type) {
    ImmutableLoyaltyEvidence.Builder e = LoyaltyEvidence.builder().behavior(BehavioralLoyalty.of(120, 3_650))
        .emotion(EmotionalLoyalty.of(5, 3)).satisfaction(SatisfactionOutcome.BASICALLY_SATISFIED)
        .alternativesAvailable(true).switchingCost(SwitchingCost.MEDIUM);
    return switch (type) {
      case MONOPOLY -> e.alternativesAvailable(false).build();
      case RELATIONSHIP -> e.personalTie("his sister-in-law runs the branch").build();
      case INERTIA -> e.switchingCost(SwitchingCost.HIGH).build();
      case TRUST -> e.emotion(EmotionalLoyalty.of(9, 6)).satisfaction(SatisfactionOutcome.SATISFIED)
          .switchingCost(SwitchingCost.LOW).build();
    };
  }

  /** Questions 18 and 19 of 003, on the four kinds of loyalty, answered by diagnosing evidence. */
  private void loyaltyTypes(LessonText text, List<Answer> answers) {
    LoyaltyEvidence power = LoyaltyEvidence.builder().behavior(BehavioralLoyalty.of(240, 7_300))
        .emotion(EmotionalLoyalty.of(5, 3)).satisfaction(SatisfactionOutcome.BASICALLY_SATISFIED)
        .alternativesAvailable(false).switchingCost(SwitchingCost.MEDIUM).build();
    Optional<LoyaltyType> powerType = LoyaltyRules.DEFAULT.diagnose(power).primary();
    answers.add(new Answer("q18", "A", powerType.map(QuizLesson::letter).orElse("-"), text.text("why.q18",
        powerType.map(text::name).orElse("-"))));

    // What CRM cannot earn is taken away: a competitor opens, switching becomes cheap, the personal tie leaves.
    List<LoyaltyType> survives = new ArrayList<>();
    for (LoyaltyType type : LOYALTY_OPTIONS) {
      LoyaltyEvidence opened = ImmutableLoyaltyEvidence.copyOf(heldBy(type)).withAlternativesAvailable(true)
          .withSwitchingCost(SwitchingCost.LOW).withPersonalTie(Optional.empty());
      if (LoyaltyRules.DEFAULT.diagnose(opened).primary().isPresent()) {
        survives.add(type);
      }
    }
    answers.add(new Answer("q19", "D", survives.size() == 1 ? letter(survives.get(0)) : "-", text.text("why.q19",
        survives.isEmpty() ? "-" : text.list(survives.stream().map(text::name).toList()),
        text.list(LOYALTY_OPTIONS.stream().filter(t -> !survives.contains(t)).map(text::name).toList()))));
  }

  /** The seed's options of question 10, in its order. */
  static final List<LifecycleStage> LIFECYCLE_OPTIONS = List.of(LifecycleStage.EXPLORATION, LifecycleStage.GROWTH,
      LifecycleStage.MATURITY, LifecycleStage.DECLINE);

  private static String lifecycleLetter(LifecycleStage stage) {
    int i = LIFECYCLE_OPTIONS.indexOf(stage);
    return i < 0 ? "-" : String.valueOf((char) ('A' + i));
  }

  private static String letter(LoyaltyType type) {
    int i = LOYALTY_OPTIONS.indexOf(type);
    return i < 0 ? "-" : String.valueOf((char) ('A' + i));
  }

  private static SatisfactionOutcome outcome(SatisfactionModel model, int expected, int perceived) {
    ServiceEncounter e = ServiceEncounter.of(ServiceDimension.RESPONSIVENESS, expected, perceived);
    return model.assess(e).outcome();
  }

  private static io.crmkit.scoring.transactions.TransactionLog cdnow() {
    try (InputStream in = QuizLesson.class.getResourceAsStream("cdnow/CDNOW_master.txt")) {
      if (in == null) {
        throw new IllegalStateException("cdnow/CDNOW_master.txt is missing from the tour's resources");
      }
      return TransactionReader.read(new InputStreamReader(in, StandardCharsets.US_ASCII), "CDNOW_master.txt",
          TransactionFormat.cdnowMaster(), ReadMode.STRICT).log();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
