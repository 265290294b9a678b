package io.crmkit.examples.tour;

import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintCommand;
import io.crmkit.core.complaint.ComplaintHandling;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.complaint.ComplaintSeverity;
import io.crmkit.core.complaint.DifficultCustomerType;
import io.crmkit.core.complaint.Handler;
import io.crmkit.core.complaint.HandlingFinding;
import io.crmkit.core.complaint.HandlingReview;
import io.crmkit.core.complaint.Receipt;
import io.crmkit.core.complaint.Remark;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.service.CustomerRequest;
import io.crmkit.core.service.RequestOutcome;
import io.crmkit.core.service.ServiceStance;
import io.crmkit.core.visit.AlternativeChoice;
import io.crmkit.examples.report.ReportSection;
import io.crmkit.examples.report.ReportTable;
import io.crmkit.scoring.cooperation.CooperationAssessment;
import io.crmkit.scoring.cooperation.CooperationClass;
import io.crmkit.scoring.cooperation.CooperationClassification;
import io.crmkit.scoring.cooperation.CooperationRecord;
import io.crmkit.scoring.cooperation.StandardTerm;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Difficult customers (textbook 001, 同“难缠”客户打交道): the pharmacy customer who shouts, served by
 * two assistants and each conversation reviewed; the domineering bank president, the hesitant
 * beauty-salon client and the picky customer who keeps changing the requirements, each answered by
 * the model; and the 1-2-3-4 principle on the tour's own customers, by how each behaves.
 */
final class DifficultCustomersLesson implements Lesson {
  /** The two assistants of the pharmacy case (背景描述1 and 2), as their conversations are tagged. */
  static final Map<String, List<Remark>> PHARMACY = Map.of(
      "first", List.of(Remark.ASK_POINTLESS_QUESTION, Remark.LECTURE),
      "second", List.of(Remark.ASK_RELEVANT_QUESTION, Remark.SOOTHE, Remark.PROMISE));

  /** How the tour's customers behaved last year (after the duplicates are merged). */
  static final List<CooperationRecord> BEHAVIOUR = List.of(
      behaviour("c-001", EnumSet.allOf(StandardTerm.class), 0, 0, 1),
      behaviour("c-003", EnumSet.complementOf(EnumSet.of(StandardTerm.PAYMENT)), 1, 0, 2),
      behaviour("c-005", EnumSet.of(StandardTerm.CONTRACT, StandardTerm.PAYMENT), 4, 3, 3),
      behaviour("c-006", EnumSet.allOf(StandardTerm.class), 0, 1, 0),
      behaviour("c-008", EnumSet.allOf(StandardTerm.class), 0, 0, 0),
      behaviour("c-009", EnumSet.of(StandardTerm.CONTRACT), 6, 5, 6));

  private final Clock clock;
  private final Map<String, List<Remark>> pharmacy;
  private final List<CooperationRecord> behaviour;

  DifficultCustomersLesson(Clock clock) {
    this(clock, PHARMACY, BEHAVIOUR);
  }

  /** A lesson on other conversations or other behaviour (a teacher changes one input and reruns). */
  DifficultCustomersLesson(Clock clock, Map<String, List<Remark>> pharmacy, List<CooperationRecord> behaviour) {
    this.clock = clock;
    this.pharmacy = Map.copyOf(pharmacy);
    this.behaviour = List.copyOf(behaviour);
  }

  static CooperationRecord behaviour(String id, EnumSet<StandardTerm> accepted, int objections, int conditions,
      int brands) {
    return CooperationRecord.builder().customer(CustomerId.of(id)).acceptedTerms(accepted).objections(objections)
        .specialConditions(conditions).brandsCompared(brands).build();
  }

  @Override
  public String name() {
    return "difficult-customers";
  }

  @Override
  public void teach(LessonText text, ReportSection.Builder section) {
    section.paragraph(text.text("intro"));
    List<List<String>> types = new ArrayList<>();
    for (DifficultCustomerType t : DifficultCustomerType.values()) {
      List<String> techniques = new ArrayList<>();
      for (int i = 0; i < t.techniques().size(); i++) {
        techniques.add(text.text("technique." + t + "." + i));
      }
      types.add(List.of(text.name(t), text.text("case." + t), text.list(techniques)));
    }
    section.table(new ReportTable(text.text("table.types"), List.of(text.text("col.type"), text.text("col.case"),
        text.text("col.techniques")), types));

    section.paragraph(text.text("pharmacy.intro"));
    List<List<String>> conversations = new ArrayList<>();
    HandlingReview first = review("first");
    HandlingReview second = review("second");
    for (String who : List.of("first", "second")) {
      HandlingReview r = who.equals("first") ? first : second;
      conversations.add(List.of(text.text("assistant." + who),
          text.list(pharmacy.get(who).stream().map(text::name).toList()),
          r.passed() ? text.text("review.passed", r.passedChecks().size())
              : text.list(r.findings().stream().map(f -> text.name(f.mistake())).toList())));
    }
    section.table(new ReportTable(text.text("table.pharmacy"), List.of(text.text("col.assistant"),
        text.text("col.said"), text.text("col.review")), conversations));

    List<List<String>> answers = new ArrayList<>();
    CustomerRequest president = new CustomerRequest("finish on time with the full scope", true, true, false, false, 3);
    answers.add(List.of(text.text("answer.bank.case"), text.name(ServiceStance.decide(president)),
        text.text("answer.bank.why")));
    AlternativeChoice salon = new AlternativeChoice(text.text("answer.salon.question"), text.text("answer.salon.first"),
        text.text("answer.salon.second"));
    answers.add(List.of(text.text("answer.salon.case"), salon.question(), text.text("answer.salon.why")));
    for (String change : List.of("within", "extra", "impossible")) {
      CustomerRequest r = new CustomerRequest(change, !change.equals("extra"), !change.equals("impossible"), false,
          false, 1);
      RequestOutcome outcome = ServiceStance.decide(r);
      answers.add(List.of(text.text("answer.picky." + change), text.name(outcome), text.text("answer.picky.why")));
    }
    section.table(new ReportTable(text.text("table.answers"), List.of(text.text("col.case"), text.text("col.answer"),
        text.text("col.why")), answers));

    CooperationClassification mix = CooperationClassification.of(behaviour);
    section.paragraph(text.text("principle.intro"));
    List<List<String>> classes = new ArrayList<>();
    for (CooperationRecord r : behaviour) {
      CooperationAssessment a = mix.assessment(r.customer());
      String negotiated = r.negotiatedTerms().isEmpty() ? text.text("behaviour.none")
          : text.list(r.negotiatedTerms().stream().map(text::name).toList());
      classes.add(List.of(a.customer().toString(), text.name(a.cooperationClass()),
          text.text("behaviour", negotiated, r.objections(), r.specialConditions(), r.brandsCompared()),
          text.text("treatment." + a.cooperationClass())));
    }
    section.table(new ReportTable(text.text("table.principle"), List.of(text.text("col.customer"),
        text.text("col.class"), text.text("col.behaviour"), text.text("col.treatment")), classes));
    List<List<String>> shares = new ArrayList<>();
    mix.observedShares().forEach((c, share) -> shares.add(List.of(text.name(c),
        LessonText.count(mix.counts().get(c)), LessonText.percent(share.doubleValue(), 1),
        LessonText.percent(c.typicalShare().doubleValue(), 0))));
    section.table(new ReportTable(text.text("table.shares"), List.of(text.text("col.class"), text.text("col.count"),
        text.text("col.observed"), text.text("col.typical")), shares));

    int focus = mix.counts().get(CooperationClass.PREMIUM) + mix.counts().get(CooperationClass.NORMAL);
    section.takeaway(text.text("takeaway", second.passed() ? text.text("takeaway.passes") : text.text("takeaway.fails"),
        first.findings().size(), text.list(first.findings().stream().map(HandlingFinding::mistake).map(text::name)
            .toList()), focus, mix.assessments().size(), mix.counts().get(CooperationClass.DEMANDING),
        mix.counts().get(CooperationClass.DIFFICULT)));
  }

  /** The conversation of one assistant as a handling record, reviewed. */
  private HandlingReview review(String who) {
    ComplaintHandling handling = ComplaintHandling.on(clock);
    Handler assistant = Handler.agent("em-pharmacy-" + who);
    Complaint c = handling.receive(ComplaintId.of("PHARMACY-" + who.toUpperCase(java.util.Locale.ROOT)),
        Receipt.builder().complainant(CustomerId.of("walk-in")).channel(Channel.VISIT)
            .whatHappened("shouts that the pharmacy has no pharmacist").severity(ComplaintSeverity.MEDIUM).build(),
        assistant);
    c = handling.apply(c, ComplaintCommand.tagDifficult(assistant, DifficultCustomerType.LOUD, "impatient, loud"));
    for (Remark r : pharmacy.get(who)) {
      c = handling.apply(c, ComplaintCommand.remark(assistant, r, "at the counter"));
    }
    return HandlingReview.of(c);
  }
}
