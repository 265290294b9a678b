package io.crmkit.core.complaint;

import io.crmkit.core.complaint.ComplaintAction.ChangeHandler;
import io.crmkit.core.complaint.ComplaintAction.Compromise;
import io.crmkit.core.complaint.ComplaintAction.FollowUp;
import io.crmkit.core.complaint.ComplaintAction.JudgeValid;
import io.crmkit.core.complaint.ComplaintAction.RecordFacts;
import io.crmkit.core.complaint.ComplaintAction.Shelve;
import io.crmkit.core.complaint.ComplaintAction.TagDifficultCustomer;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.money.Money;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A step a handler wants to take on a complaint: who, the note, and the {@link ComplaintAction}
 * with the step's own data. Build it with the static factories; {@link ComplaintHandling#apply}
 * checks it against the workflow and the guards and records it as a {@link ComplaintEvent}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ComplaintCommand {
  public abstract Handler actor();

  /** What the handler says about the step: the facts, the explanation, the remedy, the reason. */
  @Value.Redacted
  public abstract String note();

  /** What the step does, with the data it carries. */
  public abstract ComplaintAction action();

  /** The step, the key of the workflow table. */
  public ComplaintStep step() {
    return action().step();
  }

  @Value.Check
  protected void check() {
    Require.text(note(), "complaintCommand.note");
    Require.that(step() != ComplaintStep.RECEIVE, "complaintCommand.step",
        "must not be RECEIVE: ComplaintHandling.receive records a new complaint", step());
  }

  /** A command for {@code action}, with the handler's note. */
  public static ComplaintCommand of(Handler actor, ComplaintAction action, String note) {
    Require.notNull(actor, "complaintCommand.actor");
    Require.notNull(action, "complaintCommand.action");
    return ImmutableComplaintCommand.builder().actor(actor).note(Require.text(note, "complaintCommand.note"))
        .action(action).build();
  }

  /**
   * Any step that carries nothing besides its note.
   *
   * @throws io.crmkit.core.validation.InvalidValueException naming the field, for a step that needs data
   */
  public static ComplaintCommand step(ComplaintStep step, Handler actor, String note) {
    return of(actor, ComplaintAction.of(step), note);
  }

  /** The customer has vented; sincerity expressed; this is the first response. */
  public static ComplaintCommand acknowledge(Handler actor, String note) {
    return step(ComplaintStep.ACKNOWLEDGE, actor, note);
  }

  /** Key points and facts, with the cause if already known. */
  public static ComplaintCommand recordFacts(Handler actor, String facts, Optional<ComplaintCause> cause) {
    return of(actor, new RecordFacts(cause), facts);
  }

  public static ComplaintCommand judgeValid(Handler actor, ComplaintCause cause, String note) {
    return of(actor, new JudgeValid(cause), note);
  }

  public static ComplaintCommand followUp(Handler actor, int rating, boolean problemSolved, String note) {
    return of(actor, new FollowUp(rating, problemSolved), note);
  }

  public static ComplaintCommand changeHandler(Handler actor, EmployeeId to, String reason) {
    return of(actor, new ChangeHandler(to), reason);
  }

  public static ComplaintCommand shelve(Handler actor, Instant resumeOn, String reason) {
    return of(actor, new Shelve(resumeOn), reason);
  }

  public static ComplaintCommand compromise(Handler actor, Money cost, String concession) {
    return of(actor, new Compromise(cost), concession);
  }

  /** Records what the handler said or did in conversation with the customer, with the words in the note. */
  public static ComplaintCommand remark(Handler actor, Remark remark, String note) {
    return of(actor, new ComplaintAction.RecordRemark(remark), note);
  }

  public static ComplaintCommand tagDifficult(Handler actor, DifficultCustomerType type, String note) {
    return of(actor, new TagDifficultCustomer(type), note);
  }
}
