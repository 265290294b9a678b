package io.crmkit.core.complaint;

import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.money.Money;
import io.crmkit.core.value.CrmStyle;
import io.crmkit.core.value.Require;
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

  public abstract Optional<ComplaintCause> cause();

  /** The follow-up rating of the handling, 1-5. */
  public abstract Optional<Integer> rating();

  /** At follow-up: whether the customer says the problem is solved. */
  public abstract Optional<Boolean> problemSolved();

  public abstract Optional<EmployeeId> newHandler();

  public abstract Optional<Instant> resumeOn();

  public abstract Optional<Money> concessionCost();

  public abstract Optional<DifficultCustomerType> difficultType();

  @Value.Check
  protected void check() {
    Require.text(note(), "complaintCommand.note");
    rating().ifPresent(r -> Require.that(r >= 1 && r <= 5, "complaintCommand.rating", "must be within 1..5", r));
    concessionCost().ifPresent(c -> Require.that(!c.isNegative(), "complaintCommand.concessionCost",
        "must not be negative", c));
    requirePresent(step() == ComplaintStep.JUDGE_VALID, cause().isPresent(), "cause");
    requirePresent(step() == ComplaintStep.FOLLOW_UP, rating().isPresent() && problemSolved().isPresent(),
        "rating and problemSolved");
    requirePresent(step() == ComplaintStep.CHANGE_HANDLER, newHandler().isPresent(), "newHandler");
    requirePresent(step() == ComplaintStep.SHELVE, resumeOn().isPresent(), "resumeOn");
    requirePresent(step() == ComplaintStep.COMPROMISE, concessionCost().isPresent(), "concessionCost");
    requirePresent(step() == ComplaintStep.TAG_DIFFICULT_CUSTOMER, difficultType().isPresent(), "difficultType");
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
    return of(ComplaintStep.RECORD_FACTS, actor, facts).cause(cause).build();
  }

  public static ComplaintCommand judgeValid(Handler actor, ComplaintCause cause, String note) {
    return of(ComplaintStep.JUDGE_VALID, actor, note).cause(cause).build();
  }

  public static ComplaintCommand followUp(Handler actor, int rating, boolean problemSolved, String note) {
    return of(ComplaintStep.FOLLOW_UP, actor, note).rating(rating).problemSolved(problemSolved).build();
  }

  public static ComplaintCommand changeHandler(Handler actor, EmployeeId to, String reason) {
    return of(ComplaintStep.CHANGE_HANDLER, actor, reason).newHandler(to).build();
  }

  public static ComplaintCommand shelve(Handler actor, Instant resumeOn, String reason) {
    return of(ComplaintStep.SHELVE, actor, reason).resumeOn(resumeOn).build();
  }

  public static ComplaintCommand compromise(Handler actor, Money cost, String concession) {
    return of(ComplaintStep.COMPROMISE, actor, concession).concessionCost(cost).build();
  }

  public static ComplaintCommand tagDifficult(Handler actor, DifficultCustomerType type, String note) {
    return of(ComplaintStep.TAG_DIFFICULT_CUSTOMER, actor, note).difficultType(type).build();
  }
}
