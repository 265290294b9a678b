package io.crmkit.examples.tour;

import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintCause;
import io.crmkit.core.complaint.ComplaintCommand;
import io.crmkit.core.complaint.ComplaintEvent;
import io.crmkit.core.complaint.ComplaintHandling;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.complaint.ComplaintSeverity;
import io.crmkit.core.complaint.ComplaintStep;
import io.crmkit.core.complaint.ComplaintStepRefusedException;
import io.crmkit.core.complaint.Handler;
import io.crmkit.core.complaint.HandlingChecks;
import io.crmkit.core.complaint.HandlingReview;
import io.crmkit.core.complaint.Receipt;
import io.crmkit.core.complaint.Remark;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.examples.report.ReportSection;
import io.crmkit.examples.report.ReportTable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The complaint cases of the material, handled in code and reviewed (003's case analysis and
 * 001's class sharing): Haier's "Little Prodigy" washing machine, repaired again and again within
 * the promised 24 hours; Mitsubishi's Pajero, denied and delayed; the air conditioner the service
 * desk explained; and a complaint a student experienced, as the teacher enters it. The review names
 * the mistakes of textbook 001's list, and the apology rule reads 001 and 003 together.
 */
final class ComplaintCasesLesson implements Lesson {
  /** A complaint a student shared, as remarks (the default: promised a call, never called, "I don't know"). */
  static final List<Remark> EXPERIENCE = List.of(Remark.SOOTHE, Remark.PROMISE, Remark.PLEAD_IGNORANCE);

  private final Clock start;
  private final int haierVisits;
  private final List<Remark> experience;

  ComplaintCasesLesson(Clock start) {
    this(start, 4, EXPERIENCE);
  }

  /** With another number of Haier's repair visits and another shared experience. */
  ComplaintCasesLesson(Clock start, int haierVisits, List<Remark> experience) {
    this.start = start;
    this.haierVisits = haierVisits;
    this.experience = List.copyOf(experience);
  }

  @Override
  public String name() {
    return "complaint-cases";
  }

  /** A clock the lesson moves forward as the case unfolds. */
  private static final class CaseClock extends Clock {
    private Instant now;

    CaseClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** One case being handled: the engine on the case's own clock. */
  private final class Case {
    final CaseClock clock = new CaseClock(start.instant());
    final ComplaintHandling handling = ComplaintHandling.on(clock);
    final Handler agent = Handler.agent("em-desk");
    Complaint complaint;

    Case(String id, String what) {
      complaint = handling.receive(ComplaintId.of(id), Receipt.builder().complainant(CustomerId.of("c-" + id.toLowerCase(
          java.util.Locale.ROOT))).channel(Channel.PHONE_CALL).whatHappened(what).severity(ComplaintSeverity.HIGH).build(),
          agent);
    }

    Case step(ComplaintStep step, Duration later) {
      clock.advance(later);
      complaint = handling.apply(complaint, ComplaintCommand.step(step, agent, step.name().toLowerCase(java.util.Locale.ROOT)));
      return this;
    }

    Case say(Remark remark, Duration later) {
      clock.advance(later);
      complaint = handling.apply(complaint, ComplaintCommand.remark(agent, remark, "said"));
      return this;
    }

    Case take(ComplaintCommand command, Duration later) {
      clock.advance(later);
      complaint = handling.apply(complaint, command);
      return this;
    }

    long daysToRemedy() {
      Instant received = complaint.history().get(0).at();
      Optional<Instant> remedy = complaint.history().stream().filter(e -> e.step() == ComplaintStep.PROPOSE_REMEDY)
          .map(ComplaintEvent::at).findFirst();
      return Duration.between(received, remedy.orElse(clock.instant())).toDays();
    }
  }

  private Case haier() {
    Duration hour = Duration.ofHours(1);
    Case c = new Case("HAIER", "the new washing machine stops mid-cycle");
    c.say(Remark.SOOTHE, Duration.ofMinutes(2)).step(ComplaintStep.ACKNOWLEDGE, Duration.ofMinutes(1))
        .step(ComplaintStep.START_INVESTIGATION, Duration.ofMinutes(5));
    for (int visit = 0; visit < haierVisits; visit++) {
      c.say(Remark.PROMISE, Duration.ofMinutes(10)).say(Remark.KEEP_PROMISE, Duration.ofHours(20));
    }
    c.take(ComplaintCommand.recordFacts(c.agent, "a design fault of the model", Optional.of(ComplaintCause.PRODUCT_QUALITY)), hour)
        .take(ComplaintCommand.judgeValid(c.agent, ComplaintCause.PRODUCT_QUALITY, "our design"), hour)
        .say(Remark.APOLOGISE, Duration.ofMinutes(5)).step(ComplaintStep.PROPOSE_REMEDY, hour)
        .step(ComplaintStep.ACCEPT_REMEDY, hour).step(ComplaintStep.IMPLEMENT_REMEDY, Duration.ofDays(1))
        .take(ComplaintCommand.followUp(c.agent, 5, true, "satisfied with the service"), Duration.ofDays(2))
        .step(ComplaintStep.CLOSE, hour);
    return c;
  }

  private Case mitsubishi() {
    Case c = new Case("PAJERO", "a fault of the car led to an accident; the driver was badly hurt");
    c.step(ComplaintStep.ACKNOWLEDGE, Duration.ofDays(2)).step(ComplaintStep.START_INVESTIGATION, Duration.ofDays(1))
        .say(Remark.DOUBT, Duration.ofDays(1)).step(ComplaintStep.HOLD_PRINCIPLE, Duration.ofDays(1))
        .say(Remark.PLEAD_IGNORANCE, Duration.ofDays(30))
        .take(ComplaintCommand.recordFacts(c.agent, "a part fault", Optional.of(ComplaintCause.PRODUCT_QUALITY)),
            Duration.ofDays(90))
        .take(ComplaintCommand.judgeValid(c.agent, ComplaintCause.PRODUCT_QUALITY, "the part"), Duration.ofDays(10))
        .step(ComplaintStep.PROPOSE_REMEDY, Duration.ofDays(20));
    return c;
  }

  private Case airConditioner() {
    Case c = new Case("AIRCON", "three new air conditioners do not respond to the remote");
    c.say(Remark.SOOTHE, Duration.ofSeconds(30)).step(ComplaintStep.ACKNOWLEDGE, Duration.ofMinutes(1))
        .step(ComplaintStep.START_INVESTIGATION, Duration.ofMinutes(1)).say(Remark.ASK_RELEVANT_QUESTION, Duration.ofMinutes(1))
        .take(ComplaintCommand.recordFacts(c.agent, "remote in the wrong mode", Optional.of(ComplaintCause.MISUSE)),
            Duration.ofMinutes(2))
        .step(ComplaintStep.JUDGE_NOT_VALID, Duration.ofMinutes(1)).step(ComplaintStep.EXPLAIN, Duration.ofMinutes(3))
        .say(Remark.PROMISE, Duration.ofMinutes(1)).say(Remark.KEEP_PROMISE, Duration.ofDays(1))
        .step(ComplaintStep.CLOSE, Duration.ofMinutes(5));
    return c;
  }

  @Override
  public void teach(LessonText text, ReportSection.Builder section) {
    section.paragraph(text.text("intro", HandlingChecks.allCurrentChecks().size()));
    List<Case> cases = List.of(haier(), mitsubishi(), airConditioner());
    List<List<String>> rows = new ArrayList<>();
    List<HandlingReview> reviews = new ArrayList<>();
    for (Case c : cases) {
      HandlingReview review = HandlingReview.of(c.complaint);
      reviews.add(review);
      rows.add(List.of(text.text("case." + c.complaint.id()), LessonText.count(c.complaint.history().size()),
          LessonText.count(c.daysToRemedy()), review.passed() ? text.text("review.passed", review.passedChecks().size())
              : text.list(review.findings().stream().map(f -> text.name(f.mistake()) + " (#" + f.events().get(0) + ")")
                  .toList())));
    }
    section.table(new ReportTable(text.text("table.cases"), List.of(text.text("col.case"), text.text("col.events"),
        text.text("col.days"), text.text("col.review")), rows));

    section.paragraph(text.text("apology"));
    Case early = new Case("EARLY", "the parcel came open");
    early.step(ComplaintStep.ACKNOWLEDGE, Duration.ofMinutes(1)).step(ComplaintStep.START_INVESTIGATION, Duration.ofMinutes(1));
    String refused;
    try {
      early.say(Remark.APOLOGISE, Duration.ofMinutes(1));
      refused = "-";
    } catch (ComplaintStepRefusedException e) {
      refused = e.rule();
    }
    early.say(Remark.SOOTHE, Duration.ofMinutes(1));
    section.paragraph(text.text("apology.run", refused, early.complaint.history().size()));

    Case shared = new Case("SHARED", "a complaint a student experienced");
    shared.step(ComplaintStep.ACKNOWLEDGE, Duration.ofMinutes(5)).step(ComplaintStep.START_INVESTIGATION, Duration.ofMinutes(5));
    for (Remark r : experience) {
      shared.say(r, Duration.ofMinutes(3));
    }
    HandlingReview sharedReview = HandlingReview.of(shared.complaint);
    List<List<String>> sharedRows = new ArrayList<>();
    sharedReview.findings().forEach(f -> sharedRows.add(List.of(text.name(f.mistake()), f.check())));
    section.paragraph(text.text("shared.intro", text.list(experience.stream().map(text::name).toList())));
    if (!sharedRows.isEmpty()) {
      section.table(new ReportTable(text.text("table.shared"), List.of(text.text("col.mistake"), text.text("col.check")),
          sharedRows));
    }
    int open = shared.complaint.status().openPromises();
    section.paragraph(text.text("shared.open", open));

    HandlingReview haier = reviews.get(0);
    HandlingReview pajero = reviews.get(1);
    section.takeaway(text.text("takeaway", haierVisits, haier.passed() ? text.text("takeaway.passes")
        : text.text("takeaway.fails"), pajero.findings().size(), LessonText.count(cases.get(1).daysToRemedy()),
        sharedReview.findings().size()));
  }
}
