package io.crmkit.examples.tour;

import io.crmkit.core.customer.RedactedCustomer;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.classification.CustomerClassifier;
import io.crmkit.core.customer.classification.Importance;
import io.crmkit.core.customize.CustomerSituation;
import io.crmkit.core.customize.Playbook;
import io.crmkit.core.customize.Recommendation;
import io.crmkit.core.customize.TreatmentPlan;
import io.crmkit.core.money.Money;
import io.crmkit.core.personality.BehaviourCue;
import io.crmkit.core.personality.PersonalityStyle;
import io.crmkit.core.personality.StyleAssessment;
import io.crmkit.core.personality.StyleClassifier;
import io.crmkit.examples.report.ReportSection;
import io.crmkit.examples.report.ReportTable;
import io.crmkit.examples.report.chart.Axis;
import io.crmkit.examples.report.chart.ChartText;
import io.crmkit.examples.report.chart.LineChart;
import io.crmkit.examples.report.chart.LineSeries;
import io.crmkit.examples.report.chart.Point;
import io.crmkit.examples.report.chart.PointMark;
import io.crmkit.examples.report.chart.ValueFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Personality styles (IDIC 2, Differentiate by need) and Customize (IDIC 4): the account managers'
 * notes on five customers of the sample base classified into the four styles on the two axes, the
 * approach for each style, a customer the evidence does not yet decide, and the treatment plan for
 * the key customer whose complaint the complaint lesson handles.
 */
final class PersonalityLesson implements Lesson {
  /** The key customer of the tour: the largest account, whose complaint the complaint lesson handles. */
  static final CustomerId KEY_CUSTOMER = CustomerId.of("c-005");

  /** What each account manager noted about the customer's contact person (standard cues). */
  static final Map<CustomerId, List<String>> NOTES = notes();

  private final Clock clock;
  private final List<Customer> base;
  private final Map<CustomerId, List<String>> notes;

  PersonalityLesson(Clock clock) {
    this(clock, SampleCustomers.load(), NOTES);
  }

  /** A lesson on other notes (the tests vary them to see the takeaway follow). */
  PersonalityLesson(Clock clock, List<Customer> base, Map<CustomerId, List<String>> notes) {
    this.clock = clock;
    this.base = List.copyOf(base);
    this.notes = Map.copyOf(notes);
  }

  private static Map<CustomerId, List<String>> notes() {
    Map<CustomerId, List<String>> notes = new LinkedHashMap<>();
    notes.put(CustomerId.of("c-001"), List.of("asks for data sheets", "checks the figures twice", "keeps a poker face"));
    notes.put(CustomerId.of("c-003"), List.of("interrupts to get to the point", "decides on the spot",
        "wants the bottom line"));
    notes.put(KEY_CUSTOMER, List.of("tells stories and jokes", "gestures a lot", "decides on the spot"));
    notes.put(CustomerId.of("c-008"), List.of("talks about family", "defers the decision to others", "avoids conflict"));
    notes.put(CustomerId.of("c-009"), List.of("asks for data sheets", "talks about family"));
    return notes;
  }

  @Override
  public String name() {
    return "personality";
  }

  @Override
  public void teach(LessonText text, ReportSection.Builder section) {
    section.paragraph(text.text("intro"));
    Map<CustomerId, StyleAssessment> assessed = new LinkedHashMap<>();
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<CustomerId, List<String>> e : orderedNotes().entrySet()) {
      StyleAssessment a = StyleClassifier.DEFAULT.classify(e.getValue().stream().map(BehaviourCue::standard).toList());
      assessed.put(e.getKey(), a);
      rows.add(List.of(e.getKey() + " " + RedactedCustomer.maskName(customer(e.getKey()).displayName()),
          text.list(e.getValue().stream().map(c -> text.text("cue." + c.replace(' ', '-'))).toList()),
          signed(a.assertiveness()), signed(a.responsiveness()),
          a.style().map(text::name).orElse(text.text("undecided", a.cues().size(), StyleClassifier.DEFAULT.minimumCues())),
          a.style().isPresent() ? LessonText.decimal(a.confidence(), 2) : "-"));
    }
    section.table(new ReportTable(text.text("table.assessed"), List.of(text.text("col.customer"),
        text.text("col.cues"), text.text("col.assertiveness"), text.text("col.responsiveness"), text.text("col.style"),
        text.text("col.confidence")), rows));
    section.chart(grid(text, assessed));

    List<List<String>> approach = new ArrayList<>();
    for (PersonalityStyle s : PersonalityStyle.values()) {
      approach.add(List.of(text.name(s), text.text("axes." + s.isAssertive() + "." + s.isResponsive()),
          text.text("open." + s), text.text("present." + s), text.text("avoid." + s)));
    }
    section.table(new ReportTable(text.text("table.approach"), List.of(text.text("col.style"), text.text("col.axes"),
        text.text("col.open"), text.text("col.present"), text.text("col.avoid")), approach));

    Customer key = customer(KEY_CUSTOMER);
    Importance importance = importance(key, clock);
    Optional<PersonalityStyle> style = Optional.ofNullable(assessed.get(KEY_CUSTOMER)).flatMap(StyleAssessment::style);
    TreatmentPlan plan = plan(key, style, clock);
    section.paragraph(text.text("plan.intro", KEY_CUSTOMER, RedactedCustomer.maskName(key.displayName()), text.name(importance),
        style.map(text::name).orElse("-")));
    List<List<String>> steps = new ArrayList<>();
    for (Recommendation r : plan.recommendations()) {
      steps.add(List.of(String.valueOf(r.priority()), text.text("rule." + r.rule()), r.rule()));
    }
    section.table(new ReportTable(text.text("table.plan", plan.customer()), List.of(text.text("col.priority"),
        text.text("col.action"), text.text("col.rule")), steps));

    long decided = assessed.values().stream().filter(a -> a.style().isPresent()).count();
    List<String> open = assessed.entrySet().stream().filter(e -> e.getValue().style().isEmpty())
        .map(e -> e.getKey().toString()).toList();
    String first = plan.recommendations().isEmpty() ? "-" : text.text("rule." + plan.recommendations().get(0).rule());
    section.takeaway(open.isEmpty()
        ? text.text("takeaway.all", decided, KEY_CUSTOMER, first)
        : text.text("takeaway.some", decided, assessed.size(), text.list(open), KEY_CUSTOMER, first));
  }

  /**
   * The treatment plan the default playbook gives a customer of the sample base: value tier KEY for
   * an important customer (orders of at least EUR 10,000), normal cooperation, the style read from
   * the notes, and the key customer's complaint open (the one the complaint lesson handles).
   */
  static TreatmentPlan plan(Customer customer, Optional<PersonalityStyle> style, Clock clock) {
    io.crmkit.core.customize.ImmutableCustomerSituation.Builder situation = CustomerSituation.builder()
        .customer(customer.id()).cooperationClass("NORMAL")
        .openComplaints(customer.id().equals(KEY_CUSTOMER) ? 1 : 0);
    if (importance(customer, clock) == Importance.IMPORTANT) {
      situation.valueTier("KEY");
    }
    style.ifPresent(situation::style);
    return Playbook.defaults().recommend(situation.build());
  }

  /** The plans of every customer with notes whose style the notes decide: the Customize evidence of the tour. */
  static Map<CustomerId, TreatmentPlan> plans(List<Customer> customers, Clock clock) {
    Map<CustomerId, TreatmentPlan> plans = new LinkedHashMap<>();
    for (Customer c : customers) {
      List<String> cues = NOTES.get(c.id());
      if (cues == null) {
        continue;
      }
      Optional<PersonalityStyle> style = StyleClassifier.DEFAULT.classify(cues.stream().map(BehaviourCue::standard)
          .toList()).style();
      if (style.isPresent()) {
        plans.put(c.id(), plan(c, style, clock));
      }
    }
    return plans;
  }

  /** The styles the notes decide, per customer: the personality evidence of the tour's IDIC progress. */
  static Map<CustomerId, PersonalityStyle> styles() {
    Map<CustomerId, PersonalityStyle> styles = new LinkedHashMap<>();
    NOTES.forEach((id, cues) -> StyleClassifier.DEFAULT.classify(cues.stream().map(BehaviourCue::standard).toList())
        .style().ifPresent(s -> styles.put(id, s)));
    return styles;
  }

  private static Importance importance(Customer customer, Clock clock) {
    return CustomerClassifier.of(Money.of("10000", "EUR")).classify(customer, clock).importance();
  }

  /** The notes in the order of the sample base, so every lesson lists customers alike. */
  private Map<CustomerId, List<String>> orderedNotes() {
    Map<CustomerId, List<String>> ordered = new LinkedHashMap<>();
    for (Customer c : base) {
      if (notes.containsKey(c.id())) {
        ordered.put(c.id(), notes.get(c.id()));
      }
    }
    notes.keySet().forEach(id -> customer(id));
    return ordered;
  }

  private Customer customer(CustomerId id) {
    return base.stream().filter(c -> c.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalStateException("the notes name " + id + ", who is not in the sample base"));
  }

  /** The customers on the two axes, one series per style (and one for the undecided). */
  private static LineChart grid(LessonText text, Map<CustomerId, StyleAssessment> assessed) {
    Map<String, List<Point>> byStyle = new LinkedHashMap<>();
    List<PointMark> marks = new ArrayList<>();
    int maxAbs = 1;
    for (Map.Entry<CustomerId, StyleAssessment> e : assessed.entrySet()) {
      StyleAssessment a = e.getValue();
      String series = a.style().map(text::name).orElse(text.text("series.undecided"));
      Point p = Point.of(a.assertiveness(), a.responsiveness());
      byStyle.computeIfAbsent(series, k -> new ArrayList<>()).add(p);
      marks.add(PointMark.of(p, e.getKey().toString()));
      maxAbs = Math.max(maxAbs, Math.max(Math.abs(a.assertiveness()), Math.abs(a.responsiveness())));
    }
    List<LineSeries> series = byStyle.entrySet().stream().map(e -> LineSeries.dotted(e.getKey(), e.getValue())).toList();
    long decided = assessed.values().stream().filter(a -> a.style().isPresent()).count();
    LineChart chart = LineChart.of(ChartText.of(text.text("chart.title"), text.text("chart.caption", decided,
            assessed.size())),
        Axis.of(text.text("chart.x"), ValueFormat.number()).covering(-maxAbs - 1, maxAbs + 1),
        Axis.of(text.text("chart.y"), ValueFormat.number()).covering(-maxAbs - 1, maxAbs + 1), series);
    for (PointMark m : marks) {
      chart = chart.withMark(m);
    }
    return chart;
  }

  private static String signed(int n) {
    return n > 0 ? "+" + n : String.valueOf(n);
  }
}
