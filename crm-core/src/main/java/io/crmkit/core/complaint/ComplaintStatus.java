package io.crmkit.core.complaint;

import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.money.Money;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.InvalidValueException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything a complaint's history implies: its state, handler, cause, remedy, follow-up and the
 * flags the guards read. Always computed by folding the events, never kept as separate counters, so
 * it cannot drift from the history.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ComplaintStatus {
  public abstract ComplaintState state();

  public abstract EmployeeId handler();

  public abstract Receipt receipt();

  public abstract Instant receivedAt();

  /** When the complaint was acknowledged: the first response. */
  public abstract Optional<Instant> firstResponseAt();

  public abstract Optional<ComplaintCause> cause();

  /** Whether key points and facts have been recorded. */
  public abstract boolean factsRecorded();

  /** The latest judgement: true valid, false not valid; empty before one. */
  public abstract Optional<Boolean> judgedValid();

  /** The remedy currently on the table or carried out. */
  public abstract Optional<String> remedy();

  public abstract boolean faultAdmitted();

  /** Documented attempts to reach the customer since the remedy was implemented. */
  public abstract int contactAttempts();

  /** For a shelved complaint: the state it was shelved in and when it is to resume. */
  public abstract Optional<ComplaintState> shelvedFrom();

  public abstract Optional<Instant> resumeOn();

  public abstract boolean waitingOnCustomer();

  public abstract Optional<DifficultCustomerType> difficultType();

  public abstract Optional<Integer> rating();

  public abstract Optional<Boolean> problemSolved();

  /** Whether a change of handler or a compromise followed the last declined remedy. */
  public abstract boolean escalatedSinceDecline();

  public abstract boolean recourseOffered();

  public abstract Optional<Instant> closedAt();

  public abstract int reopenCount();

  /** The total cost of concessions granted by compromise. */
  public abstract Optional<Money> concessionCost();

  /** Folds a history into its status, checking every event against the workflow table. */
  static ComplaintStatus fold(List<ComplaintEvent> history) {
    if (history.isEmpty() || history.get(0).step() != ComplaintStep.RECEIVE) {
      throw new InvalidValueException("complaint.history", "must start with a RECEIVE event",
          history.isEmpty() ? "empty" : history.get(0).step().name());
    }
    ComplaintEvent first = history.get(0);
    ImmutableComplaintStatus.Builder s = ImmutableComplaintStatus.builder().state(ComplaintState.RECEIVED)
        .handler(first.actor()).receipt(first.receipt().orElseThrow()).receivedAt(first.at())
        .factsRecorded(false).faultAdmitted(false).contactAttempts(0).waitingOnCustomer(false)
        .escalatedSinceDecline(false).recourseOffered(false).reopenCount(0);
    ComplaintStatus status = s.build();
    for (int i = 1; i < history.size(); i++) {
      status = status.next(history.get(i), i);
    }
    return status;
  }

  /** This status after {@code event}, the {@code index}-th of the history. */
  private ComplaintStatus next(ComplaintEvent e, int index) {
    String field = "complaint.history[" + index + "]";
    if (e.fromState() != state()) {
      throw new InvalidValueException(field, "must start from the state " + state(), e.fromState().name());
    }
    Transition row = ComplaintWorkflow.transition(state(), e.step()).orElseThrow(() ->
        new InvalidValueException(field, "must be a step allowed in " + state(), e.step().name()));
    ComplaintState target = row.returnsToPrevious() ? shelvedFrom().orElseThrow() : row.to();
    if (e.toState() != target) {
      throw new InvalidValueException(field, "must lead to " + target, e.toState().name());
    }
    ImmutableComplaintStatus.Builder n = ImmutableComplaintStatus.builder().from(this).state(target);
    StepData d = e.data();
    switch (e.step()) {
      case ACKNOWLEDGE -> n.firstResponseAt(firstResponseAt().orElse(e.at()));
      case RECORD_FACTS -> {
        n.factsRecorded(true);
        d.cause().ifPresent(n::cause);
      }
      case JUDGE_VALID -> n.judgedValid(true).cause(d.cause());
      case JUDGE_NOT_VALID -> n.judgedValid(false);
      case NEW_FACTS -> n.judgedValid(Optional.empty());
      case ADMIT_FAULT -> n.faultAdmitted(true);
      case PROPOSE_REMEDY -> n.remedy(e.note()).escalatedSinceDecline(false);
      case COMPROMISE -> n.remedy(e.note()).escalatedSinceDecline(true)
          .concessionCost(concessionCost().map(c -> c.plus(d.concessionCost().orElseThrow()))
              .orElse(d.concessionCost().orElseThrow()));
      case DECLINE_REMEDY -> n.escalatedSinceDecline(false);
      case IMPLEMENT_REMEDY -> n.contactAttempts(0);
      case RECORD_CONTACT_ATTEMPT -> n.contactAttempts(contactAttempts() + 1);
      case FOLLOW_UP -> n.rating(d.rating()).problemSolved(d.problemSolved());
      case CLOSE -> n.closedAt(e.at()).waitingOnCustomer(false);
      case REOPEN -> n.reopenCount(reopenCount() + 1).closedAt(Optional.empty()).rating(Optional.empty()).factsRecorded(false)
          .problemSolved(Optional.empty()).recourseOffered(false).judgedValid(Optional.empty());
      case SHELVE -> n.shelvedFrom(state()).resumeOn(d.resumeOn());
      case RESUME -> n.shelvedFrom(Optional.empty()).resumeOn(Optional.empty());
      case CHANGE_HANDLER -> n.handler(d.newHandler().orElseThrow())
          .escalatedSinceDecline(state() == ComplaintState.REMEDY_DECLINED || escalatedSinceDecline());
      case OFFER_RECOURSE -> n.recourseOffered(true);
      case WAIT_FOR_CUSTOMER -> n.waitingOnCustomer(true);
      case CUSTOMER_RESPONDED -> n.waitingOnCustomer(false);
      case TAG_DIFFICULT_CUSTOMER -> n.difficultType(d.difficultType());
      default -> { }
    }
    return n.build();
  }
}
