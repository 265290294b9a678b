package io.crmkit.examples.tour;

import io.crmkit.core.complaint.BusinessCalendar;
import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintAnalytics;
import io.crmkit.core.complaint.ComplaintCause;
import io.crmkit.core.complaint.ComplaintCommand;
import io.crmkit.core.complaint.ComplaintDiagrams;
import io.crmkit.core.complaint.ComplaintHandling;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.complaint.ComplaintSeverity;
import io.crmkit.core.complaint.ComplaintStep;
import io.crmkit.core.complaint.ComplaintStepRefusedException;
import io.crmkit.core.complaint.DifficultCustomerType;
import io.crmkit.core.complaint.Handler;
import io.crmkit.core.complaint.IcebergCalculator;
import io.crmkit.core.complaint.IllegalComplaintStepException;
import io.crmkit.core.complaint.Receipt;
import io.crmkit.core.complaint.SlaPolicy;
import io.crmkit.core.complaint.SlaStatus;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.money.Money;
import io.crmkit.core.satisfaction.PerceptionLog;
import io.crmkit.core.satisfaction.ServiceDimension;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Lesson 5, complaint handling: one complaint walked through the workflow (let the customer vent,
 * record and judge the facts, a declined remedy escalated, a compromise, follow-up), the guards that
 * stop the classic errors, the SLA clock, the history, the diagram and the iceberg.
 */
final class ComplaintLesson implements ConsoleLesson {
  private final Clock start;

  ComplaintLesson(Clock start) {
    this.start = start;
  }

  @Override
  public String title() {
    return "Complaint handling (IDIC 3, Interact): a state machine with guards, escalation and SLA";
  }

  @Override
  public void run(PrintStream out) {
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

    Receipt receipt = Receipt.builder().complainant(CustomerId.of("c-005")).channel(Channel.PHONE_CALL)
        .whatHappened("Third late delivery this quarter; a production line stood still for a day")
        .remedyRequested("refund of the delivery fees and a penalty").severity(ComplaintSeverity.HIGH).build();
    Complaint c = handling.receive(ComplaintId.of("CMP-2026-017"), receipt, lin);
    now[0] = now[0].plus(Duration.ofMinutes(25));
    c = handling.apply(c, ComplaintCommand.tagDifficult(lin, DifficultCustomerType.LOUD, "shouting, repeats the loss"));
    out.println("Acme's buyer calls, loud and angry. Techniques for a loud customer: "
        + String.join("; ", DifficultCustomerType.LOUD.techniques()) + ".");
    c = handling.apply(c, ComplaintCommand.acknowledge(lin, "let him vent, apologised for the disruption"));
    c = handling.apply(c, ComplaintCommand.step(ComplaintStep.START_INVESTIGATION, lin, "check the three shipments"));
    Complaint investigating = c;
    tryStep(out, () -> handling.apply(investigating, ComplaintCommand.step(ComplaintStep.ADMIT_FAULT, lin,
        "it was all our fault")));
    now[0] = now[0].plus(Duration.ofHours(2));
    c = handling.apply(c, ComplaintCommand.recordFacts(lin, "carrier missed two slots, one order picked late",
        Optional.of(ComplaintCause.DELIVERY)));
    c = handling.apply(c, ComplaintCommand.judgeValid(lin, ComplaintCause.DELIVERY, "our carrier, our responsibility"));
    c = handling.apply(c, ComplaintCommand.step(ComplaintStep.ADMIT_FAULT, lin, "admitted: the delays were ours"));
    c = handling.apply(c, ComplaintCommand.step(ComplaintStep.PROPOSE_REMEDY, lin, "refund of delivery fees"));
    now[0] = now[0].plus(Duration.ofHours(1));
    c = handling.apply(c, ComplaintCommand.step(ComplaintStep.DECLINE_REMEDY, lin, "wants a penalty as well"));
    c = handling.apply(c, ComplaintCommand.step(ComplaintStep.HOLD_PRINCIPLE, lin,
        "no contractual penalty for delivery delays; explained the terms"));
    c = handling.apply(c, ComplaintCommand.changeHandler(mei, EmployeeId.of("em-mei"), "escalated to the team lead"));
    c = handling.apply(c, ComplaintCommand.compromise(mei, Money.of("850.00", "EUR"),
        "refund of fees plus priority slots for three months"));
    c = handling.apply(c, ComplaintCommand.step(ComplaintStep.ACCEPT_REMEDY, mei, "accepted"));
    now[0] = now[0].plus(Duration.ofHours(3));
    c = handling.apply(c, ComplaintCommand.step(ComplaintStep.IMPLEMENT_REMEDY, mei, "refund booked, slots reserved"));
    Complaint implemented = c;
    tryStep(out, () -> handling.apply(implemented, ComplaintCommand.step(ComplaintStep.CLOSE, mei, "done")));
    c = handling.apply(c, ComplaintCommand.step(ComplaintStep.WAIT_FOR_CUSTOMER, mei,
        "follow up after the next deliveries; the SLA clock pauses"));
    now[0] = now[0].plus(Duration.ofDays(7));
    c = handling.apply(c, ComplaintCommand.step(ComplaintStep.CUSTOMER_RESPONDED, mei, "three deliveries on time"));
    c = handling.apply(c, ComplaintCommand.followUp(mei, 4, true, "problem solved; handling rated 4/5"));
    c = handling.apply(c, ComplaintCommand.step(ComplaintStep.CLOSE, mei, "solved"));

    out.println();
    out.println("History of " + c.id() + ":");
    out.print(c.describeHistory().indent(2));
    out.println("Replaying the events rebuilds the same complaint: " + Complaint.replay(c.id(), c.history()).equals(c));

    BusinessCalendar desk = BusinessCalendar.weekdays(ZoneOffset.UTC, LocalTime.of(9, 0), LocalTime.of(17, 0));
    SlaStatus sla = SlaPolicy.standard(desk).status(c, now[0]);
    out.println("SLA (HIGH: first response 4 business hours, resolution 16): first response "
        + sla.firstResponse().elapsed().toMinutes() + " min " + sla.firstResponse().state() + ", resolution "
        + sla.resolution().elapsed().toHours() + " h " + sla.resolution().state());
    out.println("The follow-up became a perception sample: responsiveness "
        + perceptions.get().mean(ServiceDimension.RESPONSIVENESS).orElseThrow() + " of 5.");
    out.print(ComplaintAnalytics.of(List.of(c), SlaPolicy.standard(desk), now[0]).describe());

    out.println();
    out.println(IcebergCalculator.TEXTBOOK.describe(20, 15) + ".");
    out.println();
    out.println("The workflow, drawn from the table the engine runs on (Mermaid):");
    out.print(ComplaintDiagrams.mermaid().indent(2));
  }

  private static void tryStep(PrintStream out, Runnable step) {
    try {
      step.run();
      out.println("  (unexpectedly allowed)");
    } catch (ComplaintStepRefusedException | IllegalComplaintStepException refused) {
      out.println("  guard: " + refused.getMessage());
    }
  }
}
