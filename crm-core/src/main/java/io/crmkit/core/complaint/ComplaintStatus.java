package io.crmkit.core.complaint;

import io.crmkit.core.complaint.ComplaintAction.ChangeHandler;
import io.crmkit.core.complaint.ComplaintAction.Compromise;
import io.crmkit.core.complaint.ComplaintAction.FollowUp;
import io.crmkit.core.complaint.ComplaintAction.JudgeValid;
import io.crmkit.core.complaint.ComplaintAction.Receive;
import io.crmkit.core.complaint.ComplaintAction.RecordFacts;
import io.crmkit.core.complaint.ComplaintAction.Shelve;
import io.crmkit.core.complaint.ComplaintAction.TagDifficultCustomer;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.money.Money;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.InvalidValueException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything a complaint's history implies, grouped as a handler reads it: the intake (state,
 * handler, receipt, first response), the investigation (facts, {@link Judgement}, cause), the
 * remedy and its escalation, the follow-up, the pauses ({@link Shelving}, waiting on the customer)
 * and the closing. Always computed by folding the events, never kept as separate counters, so it
 * cannot drift from the history.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ComplaintStatus {
  // Intake
  public abstract ComplaintState state();

  public abstract EmployeeId handler();

  public abstract Receipt receipt();

  public abstract Instant receivedAt();

  /** When the complaint was acknowledged: the first response. */
  public abstract Optional<Instant> firstResponseAt();

  // Investigation
  /** Whether key points and facts have been recorded since the complaint was (re)opened. */
  public abstract boolean factsRecorded();

  /** Where the judgement stands. */
  public abstract Judgement judgement();

  public abstract Optional<ComplaintCause> cause();

  // Remedy and escalation
  /** The remedy currently on the table or carried out, in the handler's words. */
  @Value.Redacted
  public abstract Optional<String> remedy();

  public abstract boolean faultAdmitted();

  /** The total cost of concessions granted by compromise. */
  public abstract Optional<Money> concessionCost();

  /** Whether a change of handler or a compromise followed the last declined remedy. */
  public abstract boolean escalatedSinceDecline();

  public abstract boolean recourseOffered();

  /** Documented attempts to reach the customer since the remedy was implemented. */
  public abstract int contactAttempts();

  /** The latest follow-up: the rating of the handling and whether the problem is solved. */
  public abstract Optional<FollowUp> followUp();

  public abstract Optional<DifficultCustomerType> difficultType();

  /** Promises made to the customer ({@link Remark#PROMISE}) not yet kept ({@link Remark#KEEP_PROMISE}). */
  @Value.Default
  public int openPromises() {
    return 0;
  }

  // Pauses and closing
  /** For a shelved complaint: where it was shelved from and when it is to resume. */
  public abstract Optional<Shelving> shelving();

  public abstract boolean waitingOnCustomer();

  public abstract Optional<Instant> closedAt();

  public abstract int reopenCount();

  /** Folds a history into its status, checking every event against the workflow table. */
  static ComplaintStatus fold(List<ComplaintEvent> history) {
    if (history.isEmpty() || !(history.get(0).action() instanceof Receive received)) {
      throw new InvalidValueException("complaint.history", "must start with a RECEIVE event",
          history.isEmpty() ? "empty" : history.get(0).step().name());
    }
    ComplaintEvent first = history.get(0);
    ComplaintStatus status = ImmutableComplaintStatus.builder().state(ComplaintState.RECEIVED)
        .handler(first.actor()).receipt(received.receipt()).receivedAt(first.at())
        .factsRecorded(false).judgement(Judgement.PENDING).faultAdmitted(false).contactAttempts(0)
        .waitingOnCustomer(false).escalatedSinceDecline(false).recourseOffered(false).reopenCount(0).build();
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
    ComplaintState target = row.returnsToPrevious() ? shelving().orElseThrow().from() : row.to();
    if (e.toState() != target) {
      throw new InvalidValueException(field, "must lead to " + target, e.toState().name());
    }
    ImmutableComplaintStatus.Builder n = ImmutableComplaintStatus.builder().from(this).state(target);
    ComplaintAction a = e.action();
    if (a instanceof RecordFacts facts) {
      n.factsRecorded(true);
      facts.cause().ifPresent(n::cause);
    } else if (a instanceof JudgeValid valid) {
      n.judgement(Judgement.VALID).cause(valid.cause());
    } else if (a instanceof Compromise compromise) {
      Money cost = compromise.concessionCost();
      n.remedy(e.note()).escalatedSinceDecline(true).concessionCost(concessionCost().map(c -> c.plus(cost)).orElse(cost));
    } else if (a instanceof FollowUp followUp) {
      n.followUp(followUp);
    } else if (a instanceof Shelve shelve) {
      n.shelving(new Shelving(state(), shelve.resumeOn()));
    } else if (a instanceof ChangeHandler change) {
      n.handler(change.newHandler())
          .escalatedSinceDecline(state() == ComplaintState.REMEDY_DECLINED || escalatedSinceDecline());
    } else if (a instanceof TagDifficultCustomer tag) {
      n.difficultType(tag.difficultType());
    } else if (a instanceof ComplaintAction.RecordRemark said) {
      if (said.remark() == Remark.PROMISE) {
        n.openPromises(openPromises() + 1);
      } else if (said.remark() == Remark.KEEP_PROMISE) {
        n.openPromises(Math.max(0, openPromises() - 1));
      }
    } else {
      switch (e.step()) {
        case ACKNOWLEDGE -> n.firstResponseAt(firstResponseAt().orElse(e.at()));
        case JUDGE_NOT_VALID -> n.judgement(Judgement.NOT_VALID);
        case NEW_FACTS -> n.judgement(Judgement.PENDING);
        case ADMIT_FAULT -> n.faultAdmitted(true);
        case PROPOSE_REMEDY -> n.remedy(e.note()).escalatedSinceDecline(false);
        case DECLINE_REMEDY -> n.escalatedSinceDecline(false);
        case IMPLEMENT_REMEDY -> n.contactAttempts(0);
        case RECORD_CONTACT_ATTEMPT -> n.contactAttempts(contactAttempts() + 1);
        case CLOSE -> n.closedAt(e.at()).waitingOnCustomer(false);
        case REOPEN -> n.reopenCount(reopenCount() + 1).closedAt(Optional.empty()).followUp(Optional.empty())
            .factsRecorded(false).recourseOffered(false).judgement(Judgement.PENDING);
        case RESUME -> n.shelving(Optional.empty());
        case OFFER_RECOURSE -> n.recourseOffered(true);
        case WAIT_FOR_CUSTOMER -> n.waitingOnCustomer(true);
        case CUSTOMER_RESPONDED -> n.waitingOnCustomer(false);
        default -> { }
      }
    }
    return n.build();
  }
}
