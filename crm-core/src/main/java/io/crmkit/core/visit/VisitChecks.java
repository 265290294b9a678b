package io.crmkit.core.visit;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.profile.Need;
import io.crmkit.core.customer.profile.NeedKind;
import io.crmkit.core.rule.NamedRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks of visit preparation (000, 接触客户前应该准备什么), each a named rule with a plain
 * {@code if}; {@link #allCurrentChecks} lists them.
 *
 * <ul>
 *   <li>{@code agenda-prepared}: there is an agenda, and it fits the time the customer gave
 *       (永远尊重客户的时间).
 *   <li>{@code materials-prepared}: something to show or leave behind is prepared.
 *   <li>{@code record-reviewed}: the customer's record was read for this visit, within the day before it.
 *   <li>{@code needs-on-record}: the record holds the customer's business needs and the person's
 *       personal needs, or the plan lists finding them out among what to complete.
 *   <li>{@code appointment-confirmed}: the customer confirmed the appointment.
 * </ul>
 */
public final class VisitChecks {
  /** How long before the visit a review of the record still counts as preparation for it. */
  public static final Duration REVIEW_WINDOW = Duration.ofDays(1);

  public static final VisitCheck AGENDA_PREPARED = new AgendaPrepared();
  public static final VisitCheck MATERIALS_PREPARED = new MaterialsPrepared();
  public static final VisitCheck RECORD_REVIEWED = new RecordReviewed();
  public static final VisitCheck NEEDS_ON_RECORD = new NeedsOnRecord();
  public static final VisitCheck APPOINTMENT_CONFIRMED = new AppointmentConfirmed();

  private VisitChecks() {}

  public static List<VisitCheck> allCurrentChecks() {
    return List.of(RECORD_REVIEWED, NEEDS_ON_RECORD, AGENDA_PREPARED, MATERIALS_PREPARED, APPOINTMENT_CONFIRMED);
  }

  private abstract static class Check extends NamedRule implements VisitCheck {
    Check(String name) {
      super(name);
    }

    Optional<VisitGap> missing(String what) {
      return Optional.of(new VisitGap(name(), what));
    }
  }

  private static final class AgendaPrepared extends Check {
    AgendaPrepared() {
      super("agenda-prepared");
    }

    @Override
    public Optional<VisitGap> gap(VisitPlan plan, Customer customer) {
      if (plan.agenda().isEmpty()) {
        return missing("no agenda: prepare the points of the visit and the time for each");
      }
      long available = plan.length().toMinutes();
      if (plan.agendaMinutes() > available) {
        return missing("the agenda needs " + plan.agendaMinutes() + " min but the customer gave " + available
            + " min: respect the customer's time");
      }
      return Optional.empty();
    }
  }

  private static final class MaterialsPrepared extends Check {
    MaterialsPrepared() {
      super("materials-prepared");
    }

    @Override
    public Optional<VisitGap> gap(VisitPlan plan, Customer customer) {
      if (plan.materials().isEmpty()) {
        return missing("no materials: prepare what to show or leave behind");
      }
      return Optional.empty();
    }
  }

  private static final class RecordReviewed extends Check {
    RecordReviewed() {
      super("record-reviewed");
    }

    @Override
    public Optional<VisitGap> gap(VisitPlan plan, Customer customer) {
      if (plan.recordReviewedAt().isEmpty()) {
        return missing("the customer's record was not read: prepare the information and find what to complete");
      }
      if (plan.recordReviewedAt().get().plus(REVIEW_WINDOW).isBefore(plan.startsAt())) {
        return missing("the record was read on " + plan.recordReviewedAt().get() + ", more than a day before the "
            + "visit: read it again");
      }
      return Optional.empty();
    }
  }

  private static final class NeedsOnRecord extends Check {
    NeedsOnRecord() {
      super("needs-on-record");
    }

    @Override
    public Optional<VisitGap> gap(VisitPlan plan, Customer customer) {
      List<String> absent = new ArrayList<>();
      if (customer.needs().stream().noneMatch(Need::isBusiness)) {
        absent.add("business needs");
      }
      if (customer.needs().stream().noneMatch(n -> n.kind() == NeedKind.PERSONAL)) {
        absent.add("personal needs");
      }
      if (!absent.isEmpty() && plan.toComplete().isEmpty()) {
        return missing("the record holds no " + String.join(" and no ", absent)
            + ": plan to find them out during the visit");
      }
      return Optional.empty();
    }
  }

  private static final class AppointmentConfirmed extends Check {
    AppointmentConfirmed() {
      super("appointment-confirmed");
    }

    @Override
    public Optional<VisitGap> gap(VisitPlan plan, Customer customer) {
      if (!plan.appointmentConfirmed()) {
        return missing("the appointment is not confirmed: call the office line and offer two times (二选一)");
      }
      return Optional.empty();
    }
  }
}
