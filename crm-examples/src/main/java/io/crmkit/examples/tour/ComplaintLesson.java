package io.crmkit.examples.tour;

import io.crmkit.core.complaint.BusinessCalendar;
import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintCause;
import io.crmkit.core.complaint.ComplaintCommand;
import io.crmkit.core.complaint.ComplaintDiagrams;
import io.crmkit.core.complaint.ComplaintEvent;
import io.crmkit.core.complaint.ComplaintHandling;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.complaint.ComplaintSeverity;
import io.crmkit.core.complaint.ComplaintState;
import io.crmkit.core.complaint.ComplaintStep;
import io.crmkit.core.complaint.ComplaintStepRefusedException;
import io.crmkit.core.complaint.ComplaintWorkflow;
import io.crmkit.core.complaint.DifficultCustomerType;
import io.crmkit.core.complaint.Handler;
import io.crmkit.core.complaint.IcebergCalculator;
import io.crmkit.core.complaint.IllegalComplaintStepException;
import io.crmkit.core.complaint.Receipt;
import io.crmkit.core.complaint.SlaPolicy;
import io.crmkit.core.complaint.SlaStatus;
import io.crmkit.core.complaint.Transition;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.money.Money;
import io.crmkit.core.satisfaction.PerceptionLog;
import io.crmkit.core.satisfaction.ServiceDimension;
import io.crmkit.examples.report.ReportSection;
import io.crmkit.examples.report.ReportTable;
import io.crmkit.examples.report.chart.ChartText;
import io.crmkit.examples.report.chart.StateDiagram;
import io.crmkit.examples.report.chart.StateNode;
import io.crmkit.examples.report.chart.StateTransition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Complaint handling (IDIC 3, Interact): the complaint of the tour's key customer c-005 walked
 * through the workflow (let the customer vent, record the facts and judge, a declined remedy held on
 * principle and escalated, a compromise, follow-up), the guards that stop the classic errors, the
 * SLA clock, the history, the workflow as a state diagram drawn from the engine's own table, and the
 * iceberg.
 */
final class ComplaintLesson implements Lesson {
  private final Clock start;
  private final long complaintsThisMonth;

  ComplaintLesson(Clock start) {
    this(start, 20);
  }

  /** A lesson with another month's complaint count for the iceberg (the tests vary it). */
  ComplaintLesson(Clock start, long complaintsThisMonth) {
    this.start = start;
    this.complaintsThisMonth = complaintsThisMonth;
  }

  @Override
  public String name() {
    return "complaint";
  }

  /**
   * The note of an event as the lesson shows it: the engine writes the receipt's note itself
   * ("received via PHONE_CALL", kept in the history as written), so it is shown in the lesson's language;
   * every other note is the handler's own words from the lesson's bundle.
   */
  private static String note(LessonText text, ComplaintEvent e, Receipt receipt) {
    return e.step() == ComplaintStep.RECEIVE ? text.text("note.received", text.name(receipt.channel())) : shownNote(e);
  }

  @Override
  public void teach(LessonText text, ReportSection.Builder section) {
    Instant[] now = {start.instant()};
    Clock clock = new Clock() {
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
        return now[0];
      }
    };
    AtomicReference<PerceptionLog> perceptions = new AtomicReference<>(PerceptionLog.on(ComplaintHandling.RATING_SCALE));
    ComplaintHandling handling = ComplaintHandling.builder().clock(clock)
        .perceptionSink(s -> perceptions.updateAndGet(log -> log.plus(s))).build();
    Handler lin = Handler.agent("em-lin");
    Handler mei = Handler.supervisor("em-mei");
    List<List<String>> guards = new ArrayList<>();

    Receipt receipt = Receipt.builder().complainant(PersonalityLesson.KEY_CUSTOMER).channel(Channel.PHONE_CALL)
        .whatHappened(text.text("case.what")).remedyRequested(text.text("case.remedy"))
        .severity(ComplaintSeverity.HIGH).build();
    section.paragraph(text.text("case", PersonalityLesson.KEY_CUSTOMER, text.name(DifficultCustomerType.LOUD)));
    Complaint c = handling.receive(ComplaintId.of("CMP-2026-017"), receipt, lin);
    now[0] = now[0].plus(Duration.ofMinutes(25));
    c = handling.apply(c, ComplaintCommand.tagDifficult(lin, DifficultCustomerType.LOUD, text.text("note.loud")));
    c = handling.apply(c, ComplaintCommand.acknowledge(lin, text.text("note.vent")));
    c = handling.apply(c, ComplaintCommand.step(ComplaintStep.START_INVESTIGATION, lin, text.text("note.check")));
    Complaint investigating = c;
    guard(text, guards, ComplaintStep.ADMIT_FAULT, () -> handling.apply(investigating,
        ComplaintCommand.step(ComplaintStep.ADMIT_FAULT, lin, text.text("note.allOurFault"))));
    now[0] = now[0].plus(Duration.ofHours(2));
    c = handling.apply(c, ComplaintCommand.recordFacts(lin, text.text("note.facts"), Optional.of(ComplaintCause.DELIVERY)));
    c = handling.apply(c, ComplaintCommand.judgeValid(lin, ComplaintCause.DELIVERY, text.text("note.valid")));
    c = handling.apply(c, ComplaintCommand.step(ComplaintStep.ADMIT_FAULT, lin, text.text("note.admit")));
    c = handling.apply(c, ComplaintCommand.step(ComplaintStep.PROPOSE_REMEDY, lin, text.text("note.propose")));
    now[0] = now[0].plus(Duration.ofHours(1));
    c = handling.apply(c, ComplaintCommand.step(ComplaintStep.DECLINE_REMEDY, lin, text.text("note.decline")));
    c = handling.apply(c, ComplaintCommand.step(ComplaintStep.HOLD_PRINCIPLE, lin, text.text("note.principle")));
    c = handling.apply(c, ComplaintCommand.changeHandler(mei, EmployeeId.of("em-mei"), text.text("note.escalate")));
    c = handling.apply(c, ComplaintCommand.compromise(mei, Money.of("850.00", "EUR"), text.text("note.compromise")));
    c = handling.apply(c, ComplaintCommand.step(ComplaintStep.ACCEPT_REMEDY, mei, text.text("note.accepted")));
    now[0] = now[0].plus(Duration.ofHours(3));
    c = handling.apply(c, ComplaintCommand.step(ComplaintStep.IMPLEMENT_REMEDY, mei, text.text("note.implemented")));
    Complaint implemented = c;
    guard(text, guards, ComplaintStep.CLOSE, () -> handling.apply(implemented,
        ComplaintCommand.step(ComplaintStep.CLOSE, mei, text.text("note.done"))));
    c = handling.apply(c, ComplaintCommand.step(ComplaintStep.WAIT_FOR_CUSTOMER, mei, text.text("note.wait")));
    now[0] = now[0].plus(Duration.ofDays(7));
    c = handling.apply(c, ComplaintCommand.step(ComplaintStep.CUSTOMER_RESPONDED, mei, text.text("note.onTime")));
    c = handling.apply(c, ComplaintCommand.followUp(mei, 4, true, text.text("note.followUp")));
    c = handling.apply(c, ComplaintCommand.step(ComplaintStep.CLOSE, mei, text.text("note.solved")));

    section.table(new ReportTable(text.text("guards.caption"), List.of(text.text("col.attempted"),
        text.text("col.state"), text.text("col.refusedBy")), guards));
    List<List<String>> history = new ArrayList<>();
    for (ComplaintEvent e : c.history()) {
      history.add(List.of(String.valueOf(e.sequence()), e.at().toString().replace('T', ' ').replace("Z", ""),
          text.name(e.step()), text.name(e.toState()), e.actor().toString(), note(text, e, receipt)));
    }
    section.table(new ReportTable(text.text("history.caption", c.id()), List.of("#", text.text("col.at"),
        text.text("col.step"), text.text("col.to"), text.text("col.by"), text.text("col.note")), history));
    boolean replayed = Complaint.replay(c.id(), c.history()).equals(c);

    BusinessCalendar desk = BusinessCalendar.weekdays(ZoneOffset.UTC, LocalTime.of(9, 0), LocalTime.of(17, 0));
    SlaStatus sla = SlaPolicy.standard(desk).status(c, now[0]);
    String response = text.text("sla.minutes", sla.firstResponse().elapsed().toMinutes(),
        sla.firstResponse().target().toHours());
    String resolution = text.text("sla.hours", sla.resolution().elapsed().toHours(), sla.resolution().target().toHours());
    section.table(new ReportTable(text.text("sla.caption", text.name(sla.severity())), List.of(text.text("col.measure"),
        text.text("col.elapsed"), text.text("col.result")),
        List.of(List.of(text.text("sla.firstResponse"), response, text.name(sla.firstResponse().state())),
            List.of(text.text("sla.resolution"), resolution, text.name(sla.resolution().state())))));
    section.paragraph(text.text("perception", perceptions.get().mean(ServiceDimension.RESPONSIVENESS).orElseThrow(),
        replayed ? text.text("replay.same") : text.text("replay.different")));

    section.chart(diagram(text));

    IcebergCalculator iceberg = IcebergCalculator.TEXTBOOK;
    long dissatisfied = iceberg.estimatedDissatisfied(complaintsThisMonth);
    section.paragraph(text.text("iceberg", complaintsThisMonth, dissatisfied, dissatisfied - complaintsThisMonth,
        LessonText.decimal(1 / iceberg.complainingShare(), 0)));

    section.takeaway(text.text("takeaway", c.id(), text.name(c.state()), c.history().size(), guards.size(),
        text.name(sla.worst()), complaintsThisMonth, dissatisfied));
  }

  /**
   * What the course shows of a step's note: what the handler did and found, but not the judgement
   * of the person (the difficult-customer tag's note), which a course shows redacted.
   */
  static String shownNote(ComplaintEvent e) {
    return e.step() == ComplaintStep.TAG_DIFFICULT_CUSTOMER ? io.crmkit.core.validation.CrmStyle.REDACTED : e.note();
  }

  private static void guard(LessonText text, List<List<String>> rows, ComplaintStep step, Supplier<Complaint> attempt) {
    try {
      attempt.get();
      throw new IllegalStateException("the workflow allowed " + step + ", which the lesson shows being refused");
    } catch (ComplaintStepRefusedException refused) {
      rows.add(List.of(text.name(step), "-", refused.rule()));
    } catch (IllegalComplaintStepException illegal) {
      rows.add(List.of(text.name(step), text.name(illegal.state()), text.text("guard.notAllowed")));
    }
  }

  /** The workflow as a state diagram, drawn from the transition table the engine runs on. */
  static StateDiagram diagram(LessonText text) {
    Set<ComplaintStep> everywhere = ComplaintDiagrams.stepsInEveryActiveState();
    List<StateNode> states = new ArrayList<>();
    for (ComplaintState s : ComplaintState.values()) {
      states.add(s == ComplaintState.CLOSED ? StateNode.terminal(s.name(), text.name(s))
          : StateNode.of(s.name(), text.name(s)));
    }
    List<StateTransition> transitions = new ArrayList<>();
    for (Transition row : ComplaintWorkflow.transitions()) {
      if (!everywhere.contains(row.step()) && !row.returnsToPrevious()) {
        transitions.add(new StateTransition(row.from().name(), row.to().name(), text.name(row.step())));
      }
    }
    return StateDiagram.of(ChartText.of(text.text("diagram.title"), text.text("diagram.caption", transitions.size(),
            states.size())), ComplaintState.RECEIVED.name(), states, transitions)
        .withNote(text.text("diagram.everywhere", text.list(everywhere.stream().map(text::name).toList())));
  }
}
