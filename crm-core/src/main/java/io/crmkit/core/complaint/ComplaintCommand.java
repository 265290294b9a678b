package io.crmkit.core.complaint;

import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.money.Money;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A step a handler wants to take on a complaint, with a note and the data the step needs. Build it
 * with the static factories; {@link ComplaintHandling#apply} checks it against the workflow and the
 * guards and records it as a {@link ComplaintEvent}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ComplaintCommand {
  public abstract ComplaintStep step();

  public abstract Handler actor();

  /** What the handler says about the step: the facts, the explanation, the remedy, the reason. */
  @Value.Redacted
  public abstract String note();

  /** The data the step carries; {@link StepData#NONE} for most steps. */
  @Value.Default
  public StepData data() {
    return StepData.NONE;
  }

  @Value.Check
  protected void check() {
    Require.text(note(), "complaintCommand.note");
    StepData d = data();
    requirePresent(step() == ComplaintStep.JUDGE_VALID, d.cause().isPresent(), "cause");
    requirePresent(step() == ComplaintStep.FOLLOW_UP, d.rating().isPresent() && d.problemSolved().isPresent(),
        "rating and problemSolved");
    requirePresent(step() == ComplaintStep.CHANGE_HANDLER, d.newHandler().isPresent(), "newHandler");
    requirePresent(step() == ComplaintStep.SHELVE, d.resumeOn().isPresent(), "resumeOn");
    requirePresent(step() == ComplaintStep.COMPROMISE, d.concessionCost().isPresent(), "concessionCost");
    requirePresent(step() == ComplaintStep.TAG_DIFFICULT_CUSTOMER, d.difficultType().isPresent(), "difficultType");
  }

  private void requirePresent(boolean needed, boolean present, String what) {
    Require.that(!needed || present, "complaintCommand." + what.split(" ")[0], "must be given for " + step(),
        "missing " + what);
  }

  private static ImmutableComplaintCommand.Builder of(ComplaintStep step, Handler actor, String note) {
    return ImmutableComplaintCommand.builder().step(step).actor(actor).note(note);
  }

  /** Any step with just a note. */
  public static ComplaintCommand step(ComplaintStep step, Handler actor, String note) {
    return of(step, actor, note).build();
  }

  /** The customer has vented; sincerity expressed; this is the first response. */
  public static ComplaintCommand acknowledge(Handler actor, String note) {
    return step(ComplaintStep.ACKNOWLEDGE, actor, note);
  }

  /** Key points and facts, with the cause if already known. */
  public static ComplaintCommand recordFacts(Handler actor, String facts, Optional<ComplaintCause> cause) {
    return of(ComplaintStep.RECORD_FACTS, actor, facts).data(StepData.builder().cause(cause).build()).build();
  }

  public static ComplaintCommand judgeValid(Handler actor, ComplaintCause cause, String note) {
    return of(ComplaintStep.JUDGE_VALID, actor, note).data(StepData.builder().cause(cause).build()).build();
  }

  public static ComplaintCommand followUp(Handler actor, int rating, boolean problemSolved, String note) {
    return of(ComplaintStep.FOLLOW_UP, actor, note)
        .data(StepData.builder().rating(rating).problemSolved(problemSolved).build()).build();
  }

  public static ComplaintCommand changeHandler(Handler actor, EmployeeId to, String reason) {
    return of(ComplaintStep.CHANGE_HANDLER, actor, reason).data(StepData.builder().newHandler(to).build()).build();
  }

  public static ComplaintCommand shelve(Handler actor, Instant resumeOn, String reason) {
    return of(ComplaintStep.SHELVE, actor, reason).data(StepData.builder().resumeOn(resumeOn).build()).build();
  }

  public static ComplaintCommand compromise(Handler actor, Money cost, String concession) {
    return of(ComplaintStep.COMPROMISE, actor, concession).data(StepData.builder().concessionCost(cost).build())
        .build();
  }

  public static ComplaintCommand tagDifficult(Handler actor, DifficultCustomerType type, String note) {
    return of(ComplaintStep.TAG_DIFFICULT_CUSTOMER, actor, note)
        .data(StepData.builder().difficultType(type).build()).build();
  }
}
