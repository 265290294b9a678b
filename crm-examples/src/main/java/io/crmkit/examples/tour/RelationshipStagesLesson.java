package io.crmkit.examples.tour;

import io.crmkit.core.customer.RedactedCustomer;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.RelationshipRisk;
import io.crmkit.core.customize.Condition;
import io.crmkit.core.customize.Recommendation;
import io.crmkit.core.customize.TreatmentPlan;
import io.crmkit.core.lifecycle.InterruptionCause;
import io.crmkit.core.lifecycle.InterruptionWarning;
import io.crmkit.core.lifecycle.InterruptionWarnings;
import io.crmkit.core.lifecycle.KeyAccount;
import io.crmkit.core.lifecycle.KeyAccountAction;
import io.crmkit.core.lifecycle.KeyAccountEvent;
import io.crmkit.core.lifecycle.KeyAccountMove;
import io.crmkit.core.lifecycle.KeyAccountRelationships;
import io.crmkit.core.lifecycle.KeyAccountStage;
import io.crmkit.core.lifecycle.KeyAccountStrategies;
import io.crmkit.core.lifecycle.KeyAccountStrategy;
import io.crmkit.core.lifecycle.KeyAccountTransition;
import io.crmkit.core.lifecycle.KeyAccountWorkflow;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.lifecycle.StageCohort;
import io.crmkit.core.lifecycle.StageCounts;
import io.crmkit.core.lifecycle.StageFlow;
import io.crmkit.core.lifecycle.StageHistory;
import io.crmkit.examples.report.ReportSection;
import io.crmkit.examples.report.ReportTable;
import io.crmkit.examples.report.chart.Axis;
import io.crmkit.examples.report.chart.Bar;
import io.crmkit.examples.report.chart.BarChart;
import io.crmkit.examples.report.chart.BarSeries;
import io.crmkit.examples.report.chart.ChartText;
import io.crmkit.examples.report.chart.StateDiagram;
import io.crmkit.examples.report.chart.StateNode;
import io.crmkit.examples.report.chart.StateTransition;
import io.crmkit.examples.report.chart.ValueFormat;
import io.crmkit.scoring.churn.AccountManagerWarning;
import io.crmkit.scoring.churn.ChurnRate;
import io.crmkit.scoring.churn.ProductActivity;
import io.crmkit.scoring.churn.ProductChurn;
import io.crmkit.scoring.churn.ProductChurnAnalysis;
import io.crmkit.scoring.churn.ProductChurnPolicy;
import io.crmkit.scoring.lifecycle.CustomerActivity;
import io.crmkit.scoring.lifecycle.LifecycleAssessment;
import io.crmkit.scoring.lifecycle.LifecycleAssignment;
import io.crmkit.scoring.lifecycle.LifecycleInference;
import io.crmkit.scoring.transactions.ReadMode;
import io.crmkit.scoring.transactions.TransactionFormat;
import io.crmkit.scoring.transactions.TransactionLog;
import io.crmkit.scoring.transactions.TransactionReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Relationship stages (IDIC 2, Differentiate by where the relationship stands, and IDIC 4,
 * Customize): the customer lifecycle inferred from the CDNOW sample's purchases, with the stage
 * distribution at three quarter ends and the flows into decline; the key account c-005 through the
 * development stages of a key-account relationship, its interruption by a new contact person, the
 * warning the record gave before and the strategies of its stage; full against partial churn of three
 * tour customers' services.
 */
final class RelationshipStagesLesson implements Lesson {
  static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
  static final LocalDate QUARTER_START = LocalDate.of(1997, 6, 30);
  static final CustomerId KEY_ACCOUNT = PersonalityLesson.KEY_CUSTOMER;

  /** One move of the key account's journey: the day, the action and the key of its note. */
  record Step(LocalDate on, KeyAccountAction action, String note) {}

  /** The journey of c-005: courted, won, grown, broken by a new contact, resumed. */
  static final List<Step> JOURNEY = List.of(
      new Step(LocalDate.of(2024, 4, 1), new KeyAccountAction.Open(1), "note.open"),
      new Step(LocalDate.of(2024, 4, 8), new KeyAccountAction.AssignManager(EmployeeId.of("em-chen")), "note.manager"),
      new Step(LocalDate.of(2024, 6, 3), new KeyAccountAction.StartCooperation(), "note.cooperation"),
      new Step(LocalDate.of(2025, 1, 6), new KeyAccountAction.Deepen(), "note.deepen"),
      new Step(LocalDate.of(2025, 9, 1), new KeyAccountAction.ChangeContacts(1, true), "note.new-contact"),
      new Step(LocalDate.of(2025, 10, 6), new KeyAccountAction.Interrupt(EnumSet.of(
          InterruptionCause.NEW_CONTACT_REJECTS_PRODUCT, InterruptionCause.SINGLE_CONTACT_RELIANCE)), "note.interrupt"),
      new Step(LocalDate.of(2025, 12, 1), new KeyAccountAction.ChangeContacts(3, false), "note.more-contacts"),
      new Step(LocalDate.of(2026, 1, 12), new KeyAccountAction.Resume(), "note.resume"));

  /** The day between the new contact's arrival and the break, when the record already warned. */
  static final LocalDate WARNING_DAY = LocalDate.of(2025, 9, 15);

  private final Clock clock;
  private final List<Step> journey;
  private final TransactionLog cdnow;

  RelationshipStagesLesson(Clock clock) {
    this(clock, JOURNEY, cdnowSample());
  }

  /** A lesson on another journey or log (the tests vary them to see the takeaway follow). */
  RelationshipStagesLesson(Clock clock, List<Step> journey, TransactionLog cdnow) {
    this.clock = clock;
    this.journey = List.copyOf(journey);
    this.cdnow = cdnow;
  }

  @Override
  public String name() {
    return "relationship-stages";
  }

  @Override
  public void teach(LessonText text, ReportSection.Builder section) {
    // 1. The customer lifecycle on CDNOW.
    LifecycleInference inference = LifecycleInference.defaults();
    LifecycleAssessment end = inference.assess(cdnow, CALIBRATION_END);
    section.paragraph(text.text("lifecycle.intro", LessonText.count(end.customers()), CALIBRATION_END));
    List<List<String>> rows = new ArrayList<>();
    for (LifecycleStage s : LifecycleStage.values()) {
      int n = end.byStage().get(s);
      rows.add(List.of(text.name(s), text.text("meaning." + s), LessonText.count(n), share(n, end.customers())));
    }
    rows.add(List.of(text.text("undecided"), text.text("meaning.undecided"), LessonText.count(end.undecided()),
        share(end.undecided(), end.customers())));
    section.table(new ReportTable(text.text("table.distribution", CALIBRATION_END), List.of(text.text("col.stage"),
        text.text("col.meaning"), text.text("col.customers"), text.text("col.share")), rows));

    List<LifecycleAssignment> picked = new ArrayList<>();
    for (LifecycleStage s : List.of(LifecycleStage.GROWTH, LifecycleStage.MATURITY, LifecycleStage.DECLINE)) {
      end.assignments().stream().filter(a -> a.stage().equals(Optional.of(s))).findFirst().ifPresent(picked::add);
    }
    end.assignments().stream().filter(LifecycleAssignment::isUndecided).findFirst().ifPresent(picked::add);
    List<List<String>> examples = new ArrayList<>();
    for (LifecycleAssignment a : picked) {
      CustomerActivity act = inference.activity(cdnow, indexOf(a.customer()), CALIBRATION_END).orElseThrow();
      examples.add(List.of(a.customer(), LessonText.count(act.tenureDays()), LessonText.count(act.daysSinceLast()),
          money(act.spendPreviousMinor()) + " → " + money(act.spendLastMinor()), LessonText.count(act.purchasesLast()),
          a.rule().orElse("-"), a.stage().map(text::name).orElse(text.text("undecided"))));
    }
    section.paragraph(text.text("evidence.intro", inference.policy().windowDays()));
    section.table(new ReportTable(text.text("table.evidence"), List.of(text.text("col.customer"),
        text.text("col.tenure"), text.text("col.recency"), text.text("col.spend"), text.text("col.purchases"),
        text.text("col.rule"), text.text("col.stage")), examples));
    if (!picked.isEmpty()) {
      section.paragraph(text.text("evidence.example", picked.get(0).customer(), picked.get(0).describe(text.locale())));
    }

    List<LocalDate> months = new ArrayList<>();
    for (int m = 1; m <= 9; m++) {
      months.add(YearMonth.of(1997, m).atEndOfMonth());
    }
    List<StageHistory> histories = inference.histories(cdnow, months);
    section.chart(distributionChart(text, histories));
    List<StageFlow> intoDecline = StageCohort.into(StageCohort.flows(histories, QUARTER_START, CALIBRATION_END),
        LifecycleStage.DECLINE);
    int declined = intoDecline.stream().mapToInt(StageFlow::customers).sum();
    List<List<String>> flows = intoDecline.stream().map(f -> List.of(f.from().map(text::name)
        .orElse(text.text("no-stage")), text.name(f.to()), LessonText.count(f.customers()))).toList();
    section.table(new ReportTable(text.text("table.flows", QUARTER_START, CALIBRATION_END),
        List.of(text.text("col.from"), text.text("col.to"), text.text("col.customers")), flows));
    int fromExploration = intoDecline.stream().filter(f -> f.from().equals(Optional.of(LifecycleStage.EXPLORATION)))
        .mapToInt(StageFlow::customers).sum();
    section.paragraph(text.text("flows.reading", LessonText.count(declined), LessonText.count(fromExploration),
        share(fromExploration, Math.max(1, declined))));

    // 2. A key account's journey.
    KeyAccount account = null;
    KeyAccount beforeBreak = null;
    for (Step step : journey) {
      KeyAccountRelationships engine = KeyAccountRelationships.on(Clock.fixed(
          step.on().atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
      account = account == null && step.action() instanceof KeyAccountAction.Open open
          ? engine.open(KEY_ACCOUNT, open.contactPersons(), text.text(step.note()))
          : engine.apply(account, step.action(), text.text(step.note()));
      if (!step.on().isAfter(WARNING_DAY)) {
        beforeBreak = account;
      }
    }
    if (account == null || beforeBreak == null) {
      throw new IllegalStateException("the key account's journey must start with OPEN before " + WARNING_DAY);
    }
    Customer key = keyCustomer();
    section.paragraph(text.text("journey.intro", KEY_ACCOUNT, RedactedCustomer.maskName(key.displayName())));
    section.chart(stateDiagram(text));
    List<List<String>> moves = new ArrayList<>();
    for (KeyAccountEvent e : account.history()) {
      moves.add(List.of(LocalDate.ofInstant(e.at(), ZoneOffset.UTC).toString(), text.name(e.move()),
          text.name(e.from()) + " → " + text.name(e.to()), e.note()));
    }
    section.table(new ReportTable(text.text("table.journey", KEY_ACCOUNT), List.of(text.text("col.date"),
        text.text("col.move"), text.text("col.stages"), text.text("col.note")), moves));

    Set<RelationshipRisk> risksThen = beforeBreak.status().contactPersons() == 1
        ? Set.of(RelationshipRisk.SINGLE_CONTACT_PERSON) : Set.of();
    List<InterruptionWarning> warnings = InterruptionWarnings.of(beforeBreak, risksThen,
        WARNING_DAY.atTime(9, 0).toInstant(ZoneOffset.UTC));
    section.paragraph(text.text("warnings.intro", WARNING_DAY, text.name(beforeBreak.stage()),
        warnings.isEmpty() ? text.text("warnings.none")
            : text.list(warnings.stream().map(w -> text.name(w.cause())).toList())));
    TreatmentPlan plan = KeyAccountStrategies.playbook().recommend(
        KeyAccountStrategies.situation(beforeBreak, risksThen).valueTier("KEY").build());
    List<List<String>> steps = new ArrayList<>();
    for (Recommendation r : plan.recommendations()) {
      steps.add(List.of(String.valueOf(r.priority()), action(text, r), text.list(r.because().stream().map(c -> cited(text, c)).toList()), r.rule()));
    }
    section.table(new ReportTable(text.text("table.plan", KEY_ACCOUNT, WARNING_DAY), List.of(text.text("col.priority"),
        text.text("col.action"), text.text("col.because"), text.text("col.rule")), steps));
    var interruptions = account.status().interruptions();
    String causes = interruptions.isEmpty() ? "-" : text.list(interruptions.get(interruptions.size() - 1).causes()
        .stream().sorted().map(c -> text.text("cause", text.name(c.kind()), text.name(c))).toList());
    section.paragraph(text.text("journey.reading", text.name(account.stage()), LessonText.count(interruptions.size()),
        causes));

    // 3. Full against partial churn.
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    ProductChurnAnalysis churn = ProductChurnAnalysis.of(services(today), ProductChurnPolicy.DEFAULTS);
    section.paragraph(text.text("churn.intro", ProductChurnPolicy.DEFAULTS.lostAfterDays()));
    List<List<String>> churnRows = new ArrayList<>();
    for (ProductChurn c : churn.asOf(today)) {
      churnRows.add(List.of(c.customer().toString(), text.name(c.kind()), products(text, c.productsLost()),
          products(text, c.activeProducts()), c.since().map(LocalDate::toString).orElse("-")));
    }
    section.table(new ReportTable(text.text("table.churn", today), List.of(text.text("col.customer"),
        text.text("col.kind"), text.text("col.lost"), text.text("col.active"), text.text("col.since")), churnRows));
    ChurnRate rate = churn.ratesBySegment(today, c -> "all").get(0);
    List<AccountManagerWarning> managerWarnings = churn.keyAccountWarnings(today, Set.of(KEY_ACCOUNT), List.of());
    managerWarnings.forEach(w -> section.paragraph(text.text("churn.warning", w.customer(),
        products(text, w.productsLost()), products(text, w.stillUsed()), w.since())));

    String lifecycle = text.text("takeaway.lifecycle", share(end.byStage().get(LifecycleStage.DECLINE),
        end.customers()), LessonText.count(end.undecided()));
    String journeyLine = interruptions.isEmpty()
        ? text.text("takeaway.steady", KEY_ACCOUNT, text.name(account.stage()), LessonText.count(warnings.size()))
        : text.text("takeaway.interrupted", KEY_ACCOUNT, text.name(account.stage()), causes,
            LessonText.count(warnings.size()));
    section.takeaway(lifecycle + " " + journeyLine + " " + text.text("takeaway.churn", LessonText.count(rate.full()),
        LessonText.count(rate.partial()), LessonText.count(rate.customers())));
  }

  private static String share(int n, int of) {
    return of == 0 ? "-" : LessonText.percent(n / (double) of, 1);
  }

  private int indexOf(String customer) {
    for (int c = 0; c < cdnow.customers(); c++) {
      if (cdnow.customerId(c).equals(customer)) {
        return c;
      }
    }
    throw new IllegalStateException(customer + " is not in the log");
  }

  private String money(long minor) {
    return java.math.BigDecimal.valueOf(minor, cdnow.currency().getDefaultFractionDigits()).toPlainString();
  }

  /** A recommendation in the lesson's language: a key-account strategy by its display name, the warning by its text. */
  /**
   * A fact a recommendation rests on, as the playbook cites it ({@code risk = SINGLE_CONTACT_PERSON}),
   * in the lesson's language: the fact's display name and, when the value is a constant of a known
   * enum, the value's display name ({@code 关系风险 = 过分依赖单一联系人}); anything else as cited.
   */
  static String cited(LessonText text, String cited) {
    int eq = cited.indexOf(" = ");
    if (eq < 0) {
      return cited;
    }
    java.util.Optional<Condition.Fact> fact = Condition.Fact.ofRuleName(cited.substring(0, eq));
    String value = cited.substring(eq + 3);
    java.util.Optional<? extends Enum<?>> constant = fact.flatMap(f -> switch (f) {
      case TIER -> constant(io.crmkit.scoring.pyramid.PyramidTier.class, value);
      case KEY_ACCOUNT_STAGE -> constant(KeyAccountStage.class, value);
      case RISK -> constant(RelationshipRisk.class, value);
      case LIFECYCLE -> constant(LifecycleStage.class, value);
      case STYLE -> constant(io.crmkit.core.personality.PersonalityStyle.class, value);
      case DIFFICULT -> constant(io.crmkit.core.complaint.DifficultCustomerType.class, value);
      default -> java.util.Optional.empty();
    });
    return fact.map(text::name).orElse(cited.substring(0, eq)) + " = "
        + constant.<String>map(text::name).orElse(value);
  }

  private static <E extends Enum<E>> java.util.Optional<E> constant(Class<E> type, String name) {
    return java.util.Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst();
  }

  private static String action(LessonText text, Recommendation r) {
    for (KeyAccountStrategy s : KeyAccountStrategy.values()) {
      if (KeyAccountStrategies.ruleName(s).equals(r.rule())) {
        return text.name(s);
      }
    }
    return text.text("rule." + r.rule());
  }

  private static String products(LessonText text, Set<String> products) {
    return products.isEmpty() ? "-" : text.list(products.stream().map(p -> text.text("product." + p)).toList());
  }

  private static BarChart distributionChart(LessonText text, List<StageHistory> histories) {
    List<String> categories = new ArrayList<>();
    for (LifecycleStage s : LifecycleStage.values()) {
      categories.add(text.name(s));
    }
    List<BarSeries> series = new ArrayList<>();
    int declineAtEnd = 0;
    for (LocalDate day : List.of(LocalDate.of(1997, 3, 31), QUARTER_START, CALIBRATION_END)) {
      StageCounts counts = StageCohort.countsOn(histories, day);
      List<Bar> bars = new ArrayList<>();
      for (LifecycleStage s : LifecycleStage.values()) {
        bars.add(Bar.of(text.name(s), counts.in(s)));
      }
      series.add(BarSeries.of(day.toString(), bars));
      declineAtEnd = counts.in(LifecycleStage.DECLINE);
    }
    return BarChart.vertical(ChartText.of(text.text("chart.title"), text.text("chart.caption",
        LessonText.count(declineAtEnd), LessonText.count(histories.size()), CALIBRATION_END)),
        text.text("chart.stage"), categories, Axis.of(text.text("chart.customers"), ValueFormat.number()), series);
  }

  private static StateDiagram stateDiagram(LessonText text) {
    List<StateNode> nodes = new ArrayList<>();
    for (KeyAccountStage s : KeyAccountStage.values()) {
      nodes.add(StateNode.of(s.name(), text.name(s)));
    }
    List<StateTransition> arrows = new ArrayList<>();
    for (KeyAccountTransition t : KeyAccountWorkflow.transitions()) {
      if (t.staysPut()) {
        continue;
      }
      if (t.returnsToPrevious()) {
        // RESUME leads back to whichever stage the interruption left: one arrow per stage that INTERRUPT leaves.
        for (KeyAccountStage back : KeyAccountStage.values()) {
          if (KeyAccountWorkflow.transition(back, KeyAccountMove.INTERRUPT).filter(in -> in.to() == t.from())
              .isPresent()) {
            arrows.add(new StateTransition(t.from().name(), back.name(), text.name(t.move())));
          }
        }
      } else {
        arrows.add(new StateTransition(t.from().name(), t.to().name(), text.name(t.move())));
      }
    }
    return StateDiagram.of(ChartText.of(text.text("diagram.title"), text.text("diagram.caption",
        LessonText.count(arrows.size()))), KeyAccountStage.GESTATION.name(), nodes, arrows)
        .withNote(text.text("diagram.note"));
  }

  /** The tour's key customer. */
  private static Customer keyCustomer() {
    return SampleCustomers.load().stream().filter(c -> c.id().equals(KEY_ACCOUNT)).findFirst()
        .orElseThrow(() -> new IllegalStateException(KEY_ACCOUNT + " is not in the sample base"));
  }

  /** A year of monthly service use by three tour customers up to {@code today}. */
  static List<ProductActivity> services(LocalDate today) {
    List<ProductActivity> all = new ArrayList<>();
    monthly(all, KEY_ACCOUNT, "office-supplies", today.minusDays(10), 12);
    monthly(all, KEY_ACCOUNT, "logistics", today.minusDays(6), 12);
    monthly(all, KEY_ACCOUNT, "printing", today.minusMonths(5), 7); // stopped with the interruption
    monthly(all, CustomerId.of("c-003"), "office-supplies", today.minusMonths(4), 8);
    monthly(all, CustomerId.of("c-003"), "printing", today.minusMonths(5), 6);
    monthly(all, CustomerId.of("c-007"), "office-supplies", today.minusDays(14), 12);
    return all;
  }

  private static void monthly(List<ProductActivity> out, CustomerId c, String product, LocalDate last, int months) {
    for (int i = 0; i < months; i++) {
      out.add(new ProductActivity(c, product, last.minusMonths(i)));
    }
  }

  static TransactionLog cdnowSample() {
    try (InputStream in = RelationshipStagesLesson.class.getResourceAsStream("cdnow/CDNOW_sample.txt")) {
      if (in == null) {
        throw new IllegalStateException("cdnow/CDNOW_sample.txt is missing from the tour's resources");
      }
      return TransactionReader.read(new InputStreamReader(in, StandardCharsets.US_ASCII), "CDNOW_sample.txt",
          TransactionFormat.cdnowSample(), ReadMode.STRICT).log();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
