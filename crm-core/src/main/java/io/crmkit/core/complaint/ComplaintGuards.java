package io.crmkit.core.complaint;

import static io.crmkit.core.rule.StepGuard.allow;
import static io.crmkit.core.rule.StepGuard.refuse;

import io.crmkit.core.complaint.ComplaintAction.ChangeHandler;
import io.crmkit.core.complaint.ComplaintAction.Shelve;
import io.crmkit.core.rule.StepGuard;
import io.crmkit.core.validation.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The guards of complaint handling practice, each a named rule that says no with a plain
 * {@code if}; {@link #allCurrentGuards} lists those in force.
 *
 * <ul>
 *   <li>{@code actor-has-role}: every step needs the role it names (a compromise needs a supervisor).
 *   <li>{@code facts-before-judgement}: no judgement, remedy or compromise before facts are recorded.
 *   <li>{@code no-admission-before-facts}: no admission of fault before the complaint is judged valid.
 *   <li>{@code follow-up-before-close}: an implemented remedy is followed up before closing, unless
 *       the customer stayed unreachable after N documented attempts.
 *   <li>{@code recourse-before-closing-declined}: a declined remedy is closed only after other
 *       routes of recourse were offered.
 *   <li>{@code escalate-after-decline}: after a declined remedy, a new remedy only after escalation.
 *   <li>{@code reopen-within-window}: a closed complaint reopens only within the window.
 *   <li>{@code resume-date-ahead}: a shelved complaint resumes on a date in the future.
 *   <li>{@code waiting-is-paired}: waiting for the customer starts once and ends once.
 *   <li>{@code handover-to-another}: a change of handler names someone else.
 *   <li>{@code no-apology-before-facts}: a formal apology ({@link Remark#APOLOGISE}) takes the blame,
 *       so it waits until the facts show the complaint is valid; soothing ({@link Remark#SOOTHE}) is
 *       right at once. This is how crmkit reads the two texts together: 001 lists "taking the blame
 *       before the facts are clear, apologising endlessly" as a mistake, 003 says to soothe promptly
 *       but "not apologise lightly" (要及時安撫但不能輕易道歉).
 *   <li>{@code promises-kept-before-close}: a complaint closes only when every promise made to the
 *       customer is kept (言出必行; saying one thing and doing another is a mistake).
 *   <li>{@code kept-promise-was-made}: only a promise that was made can be recorded as kept.
 * </ul>
 *
 * <p>The other classic mistakes cannot be prevented by refusing a step (the words were said); the
 * {@link HandlingReview} reports them.
 */
public final class ComplaintGuards {
  public static final ComplaintGuard ACTOR_HAS_ROLE = new Guard("actor-has-role", ComplaintGuards::actorHasRole);
  public static final ComplaintGuard FACTS_BEFORE_JUDGEMENT =
      new Guard("facts-before-judgement", ComplaintGuards::factsBeforeJudgement);
  public static final ComplaintGuard NO_ADMISSION_BEFORE_FACTS =
      new Guard("no-admission-before-facts", ComplaintGuards::noAdmissionBeforeFacts);
  public static final ComplaintGuard RECOURSE_BEFORE_CLOSING_DECLINED =
      new Guard("recourse-before-closing-declined", ComplaintGuards::recourseBeforeClosingDeclined);
  public static final ComplaintGuard ESCALATE_AFTER_DECLINE =
      new Guard("escalate-after-decline", ComplaintGuards::escalateAfterDecline);
  public static final ComplaintGuard RESUME_DATE_AHEAD = new Guard("resume-date-ahead", ComplaintGuards::resumeDateAhead);
  public static final ComplaintGuard WAITING_IS_PAIRED = new Guard("waiting-is-paired", ComplaintGuards::waitingIsPaired);
  public static final ComplaintGuard HANDOVER_TO_ANOTHER =
      new Guard("handover-to-another", ComplaintGuards::handoverToAnother);
  public static final ComplaintGuard NO_APOLOGY_BEFORE_FACTS =
      new Guard("no-apology-before-facts", ComplaintGuards::noApologyBeforeFacts);
  public static final ComplaintGuard PROMISES_KEPT_BEFORE_CLOSE =
      new Guard("promises-kept-before-close", ComplaintGuards::promisesKeptBeforeClose);
  public static final ComplaintGuard KEPT_PROMISE_WAS_MADE =
      new Guard("kept-promise-was-made", ComplaintGuards::keptPromiseWasMade);

  private static final Set<ComplaintStep> NEED_FACTS = EnumSet.of(ComplaintStep.JUDGE_VALID,
      ComplaintStep.JUDGE_NOT_VALID, ComplaintStep.PROPOSE_REMEDY, ComplaintStep.COMPROMISE);

  private ComplaintGuards() {}

  /** All guards of practice, in the order they are asked, with {@code followUpAttempts} and {@code reopenWindow}. */
  public static List<ComplaintGuard> allCurrentGuards(int followUpAttempts, Duration reopenWindow) {
    return List.of(ACTOR_HAS_ROLE, FACTS_BEFORE_JUDGEMENT, NO_ADMISSION_BEFORE_FACTS,
        followUpBeforeClose(followUpAttempts), RECOURSE_BEFORE_CLOSING_DECLINED, ESCALATE_AFTER_DECLINE,
        reopenWithinWindow(reopenWindow), RESUME_DATE_AHEAD, WAITING_IS_PAIRED, HANDOVER_TO_ANOTHER,
        NO_APOLOGY_BEFORE_FACTS, PROMISES_KEPT_BEFORE_CLOSE, KEPT_PROMISE_WAS_MADE);
  }

  /** {@code follow-up-before-close} with the documented attempts after which an unreachable customer's complaint may close. */
  public static ComplaintGuard followUpBeforeClose(int followUpAttempts) {
    Require.that(followUpAttempts >= 1, "followUpAttempts", "must be at least 1", followUpAttempts);
    return new Guard("follow-up-before-close", (complaint, command, now) -> followUpBeforeClose(complaint, command,
        followUpAttempts));
  }

  /** {@code reopen-within-window} with how long after closing a complaint may be reopened. */
  public static ComplaintGuard reopenWithinWindow(Duration reopenWindow) {
    Duration window = Require.positive(reopenWindow, "reopenWindow");
    return new Guard("reopen-within-window", (complaint, command, now) -> reopenWithinWindow(complaint, command, now,
        window));
  }

  /** A complaint guard: a name and how it decides. */
  private static final class Guard extends StepGuard<Complaint, ComplaintCommand, Instant> implements ComplaintGuard {
    Guard(String name, Decision<Complaint, ComplaintCommand, Instant> decision) {
      super(name, decision);
    }
  }

  private static Optional<String> actorHasRole(Complaint complaint, ComplaintCommand command, Instant now) {
    HandlerRole needed = command.step().requiredRole();
    if (!command.actor().has(needed)) {
      return refuse(command.actor().id() + " lacks the role " + needed + " that " + command.step() + " needs");
    }
    return allow();
  }

  private static Optional<String> factsBeforeJudgement(Complaint complaint, ComplaintCommand command, Instant now) {
    if (NEED_FACTS.contains(command.step()) && !complaint.status().factsRecorded()) {
      return refuse("record the key points and facts first");
    }
    return allow();
  }

  private static Optional<String> noAdmissionBeforeFacts(Complaint complaint, ComplaintCommand command, Instant now) {
    if (command.step() == ComplaintStep.ADMIT_FAULT && complaint.status().judgement() != Judgement.VALID) {
      return refuse("do not admit fault before the facts show the complaint is valid");
    }
    return allow();
  }

  private static Optional<String> followUpBeforeClose(Complaint complaint, ComplaintCommand command, int attempts) {
    int made = complaint.status().contactAttempts();
    if (command.step() == ComplaintStep.CLOSE && complaint.state() == ComplaintState.REMEDY_IMPLEMENTED
        && made < attempts) {
      return refuse("follow up first: is the problem solved, how was the handling? (" + made + " of "
          + attempts + " documented attempts to reach the customer)");
    }
    return allow();
  }

  private static Optional<String> recourseBeforeClosingDeclined(Complaint complaint, ComplaintCommand command,
      Instant now) {
    if (command.step() == ComplaintStep.CLOSE && complaint.state() == ComplaintState.REMEDY_DECLINED
        && !complaint.status().recourseOffered()) {
      return refuse("offer the customer other routes of recourse before closing a declined remedy");
    }
    return allow();
  }

  private static Optional<String> escalateAfterDecline(Complaint complaint, ComplaintCommand command, Instant now) {
    if (command.step() == ComplaintStep.PROPOSE_REMEDY && complaint.state() == ComplaintState.REMEDY_DECLINED
        && !complaint.status().escalatedSinceDecline()) {
      return refuse("escalate first (change of handler or compromise) after a declined remedy");
    }
    return allow();
  }

  private static Optional<String> reopenWithinWindow(Complaint complaint, ComplaintCommand command, Instant now,
      Duration window) {
    Optional<Instant> closed = complaint.status().closedAt();
    if (command.step() == ComplaintStep.REOPEN && closed.isPresent() && closed.get().plus(window).isBefore(now)) {
      return refuse("closed at " + closed.get() + ", beyond the reopen window of " + window.toDays()
          + " days; open a new complaint");
    }
    return allow();
  }

  private static Optional<String> resumeDateAhead(Complaint complaint, ComplaintCommand command, Instant now) {
    if (command.action() instanceof Shelve shelve && !shelve.resumeOn().isAfter(now)) {
      return refuse("the resume date " + shelve.resumeOn() + " must lie after " + now);
    }
    return allow();
  }

  private static Optional<String> waitingIsPaired(Complaint complaint, ComplaintCommand command, Instant now) {
    boolean waiting = complaint.status().waitingOnCustomer();
    if (command.step() == ComplaintStep.WAIT_FOR_CUSTOMER && waiting) {
      return refuse("already waiting for the customer");
    }
    if (command.step() == ComplaintStep.CUSTOMER_RESPONDED && !waiting) {
      return refuse("not waiting for the customer");
    }
    return allow();
  }

  private static Optional<String> handoverToAnother(Complaint complaint, ComplaintCommand command, Instant now) {
    if (command.action() instanceof ChangeHandler change && change.newHandler().equals(complaint.status().handler())) {
      return refuse(complaint.status().handler() + " already handles the complaint");
    }
    return allow();
  }

  private static boolean says(ComplaintCommand command, Remark remark) {
    return command.action() instanceof ComplaintAction.RecordRemark said && said.remark() == remark;
  }

  private static Optional<String> noApologyBeforeFacts(Complaint complaint, ComplaintCommand command, Instant now) {
    if (says(command, Remark.APOLOGISE) && complaint.status().judgement() != Judgement.VALID) {
      return refuse("soothe now, apologise once the facts show the complaint is valid");
    }
    return allow();
  }

  private static Optional<String> promisesKeptBeforeClose(Complaint complaint, ComplaintCommand command, Instant now) {
    int open = complaint.status().openPromises();
    if (command.step() == ComplaintStep.CLOSE && open > 0) {
      return refuse(open + " promise(s) to the customer not yet kept");
    }
    return allow();
  }

  private static Optional<String> keptPromiseWasMade(Complaint complaint, ComplaintCommand command, Instant now) {
    if (says(command, Remark.KEEP_PROMISE) && complaint.status().openPromises() == 0) {
      return refuse("no promise to the customer is open");
    }
    return allow();
  }
}
