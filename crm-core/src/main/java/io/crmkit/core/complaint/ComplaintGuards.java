package io.crmkit.core.complaint;

import io.crmkit.core.complaint.ComplaintAction.ChangeHandler;
import io.crmkit.core.complaint.ComplaintAction.Shelve;
import io.crmkit.core.rule.NamedRule;
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
  public static final ComplaintGuard ACTOR_HAS_ROLE = new ActorHasRole();
  public static final ComplaintGuard FACTS_BEFORE_JUDGEMENT = new FactsBeforeJudgement();
  public static final ComplaintGuard NO_ADMISSION_BEFORE_FACTS = new NoAdmissionBeforeFacts();
  public static final ComplaintGuard RECOURSE_BEFORE_CLOSING_DECLINED = new RecourseBeforeClosingDeclined();
  public static final ComplaintGuard ESCALATE_AFTER_DECLINE = new EscalateAfterDecline();
  public static final ComplaintGuard RESUME_DATE_AHEAD = new ResumeDateAhead();
  public static final ComplaintGuard WAITING_IS_PAIRED = new WaitingIsPaired();
  public static final ComplaintGuard HANDOVER_TO_ANOTHER = new HandoverToAnother();
  public static final ComplaintGuard NO_APOLOGY_BEFORE_FACTS = new NoApologyBeforeFacts();
  public static final ComplaintGuard PROMISES_KEPT_BEFORE_CLOSE = new PromisesKeptBeforeClose();
  public static final ComplaintGuard KEPT_PROMISE_WAS_MADE = new KeptPromiseWasMade();

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
    return new FollowUpBeforeClose(followUpAttempts);
  }

  /** {@code reopen-within-window} with how long after closing a complaint may be reopened. */
  public static ComplaintGuard reopenWithinWindow(Duration reopenWindow) {
    return new ReopenWithinWindow(reopenWindow);
  }

  private static final class ActorHasRole extends NamedRule implements ComplaintGuard {
    ActorHasRole() {
      super("actor-has-role");
    }

    @Override
    public Optional<String> refusal(Complaint complaint, ComplaintCommand command, Instant now) {
      HandlerRole needed = command.step().requiredRole();
      if (!command.actor().has(needed)) {
        return Optional.of(command.actor().id() + " lacks the role " + needed + " that " + command.step() + " needs");
      }
      return Optional.empty();
    }
  }

  private static final class FactsBeforeJudgement extends NamedRule implements ComplaintGuard {
    private static final Set<ComplaintStep> NEED_FACTS = EnumSet.of(ComplaintStep.JUDGE_VALID,
        ComplaintStep.JUDGE_NOT_VALID, ComplaintStep.PROPOSE_REMEDY, ComplaintStep.COMPROMISE);

    FactsBeforeJudgement() {
      super("facts-before-judgement");
    }

    @Override
    public Optional<String> refusal(Complaint complaint, ComplaintCommand command, Instant now) {
      if (NEED_FACTS.contains(command.step()) && !complaint.status().factsRecorded()) {
        return Optional.of("record the key points and facts first");
      }
      return Optional.empty();
    }
  }

  private static final class NoAdmissionBeforeFacts extends NamedRule implements ComplaintGuard {
    NoAdmissionBeforeFacts() {
      super("no-admission-before-facts");
    }

    @Override
    public Optional<String> refusal(Complaint complaint, ComplaintCommand command, Instant now) {
      if (command.step() == ComplaintStep.ADMIT_FAULT && complaint.status().judgement() != Judgement.VALID) {
        return Optional.of("do not admit fault before the facts show the complaint is valid");
      }
      return Optional.empty();
    }
  }

  private static final class FollowUpBeforeClose extends NamedRule implements ComplaintGuard {
    private final int attempts;

    FollowUpBeforeClose(int attempts) {
      super("follow-up-before-close");
      Require.that(attempts >= 1, "followUpAttempts", "must be at least 1", attempts);
      this.attempts = attempts;
    }

    @Override
    public Optional<String> refusal(Complaint complaint, ComplaintCommand command, Instant now) {
      int made = complaint.status().contactAttempts();
      if (command.step() == ComplaintStep.CLOSE && complaint.state() == ComplaintState.REMEDY_IMPLEMENTED
          && made < attempts) {
        return Optional.of("follow up first: is the problem solved, how was the handling? (" + made + " of "
            + attempts + " documented attempts to reach the customer)");
      }
      return Optional.empty();
    }
  }

  private static final class RecourseBeforeClosingDeclined extends NamedRule implements ComplaintGuard {
    RecourseBeforeClosingDeclined() {
      super("recourse-before-closing-declined");
    }

    @Override
    public Optional<String> refusal(Complaint complaint, ComplaintCommand command, Instant now) {
      if (command.step() == ComplaintStep.CLOSE && complaint.state() == ComplaintState.REMEDY_DECLINED
          && !complaint.status().recourseOffered()) {
        return Optional.of("offer the customer other routes of recourse before closing a declined remedy");
      }
      return Optional.empty();
    }
  }

  private static final class EscalateAfterDecline extends NamedRule implements ComplaintGuard {
    EscalateAfterDecline() {
      super("escalate-after-decline");
    }

    @Override
    public Optional<String> refusal(Complaint complaint, ComplaintCommand command, Instant now) {
      if (command.step() == ComplaintStep.PROPOSE_REMEDY && complaint.state() == ComplaintState.REMEDY_DECLINED
          && !complaint.status().escalatedSinceDecline()) {
        return Optional.of("escalate first (change of handler or compromise) after a declined remedy");
      }
      return Optional.empty();
    }
  }

  private static final class ReopenWithinWindow extends NamedRule implements ComplaintGuard {
    private final Duration window;

    ReopenWithinWindow(Duration window) {
      super("reopen-within-window");
      this.window = Require.positive(window, "reopenWindow");
    }

    @Override
    public Optional<String> refusal(Complaint complaint, ComplaintCommand command, Instant now) {
      Optional<Instant> closed = complaint.status().closedAt();
      if (command.step() == ComplaintStep.REOPEN && closed.isPresent() && closed.get().plus(window).isBefore(now)) {
        return Optional.of("closed at " + closed.get() + ", beyond the reopen window of " + window.toDays()
            + " days; open a new complaint");
      }
      return Optional.empty();
    }
  }

  private static final class ResumeDateAhead extends NamedRule implements ComplaintGuard {
    ResumeDateAhead() {
      super("resume-date-ahead");
    }

    @Override
    public Optional<String> refusal(Complaint complaint, ComplaintCommand command, Instant now) {
      if (command.action() instanceof Shelve shelve && !shelve.resumeOn().isAfter(now)) {
        return Optional.of("the resume date " + shelve.resumeOn() + " must lie after " + now);
      }
      return Optional.empty();
    }
  }

  private static final class WaitingIsPaired extends NamedRule implements ComplaintGuard {
    WaitingIsPaired() {
      super("waiting-is-paired");
    }

    @Override
    public Optional<String> refusal(Complaint complaint, ComplaintCommand command, Instant now) {
      boolean waiting = complaint.status().waitingOnCustomer();
      if (command.step() == ComplaintStep.WAIT_FOR_CUSTOMER && waiting) {
        return Optional.of("already waiting for the customer");
      }
      if (command.step() == ComplaintStep.CUSTOMER_RESPONDED && !waiting) {
        return Optional.of("not waiting for the customer");
      }
      return Optional.empty();
    }
  }

  private static final class HandoverToAnother extends NamedRule implements ComplaintGuard {
    HandoverToAnother() {
      super("handover-to-another");
    }

    @Override
    public Optional<String> refusal(Complaint complaint, ComplaintCommand command, Instant now) {
      if (command.action() instanceof ChangeHandler change && change.newHandler().equals(complaint.status().handler())) {
        return Optional.of(complaint.status().handler() + " already handles the complaint");
      }
      return Optional.empty();
    }
  }

  private static boolean says(ComplaintCommand command, Remark remark) {
    return command.action() instanceof ComplaintAction.RecordRemark said && said.remark() == remark;
  }

  private static final class NoApologyBeforeFacts extends NamedRule implements ComplaintGuard {
    NoApologyBeforeFacts() {
      super("no-apology-before-facts");
    }

    @Override
    public Optional<String> refusal(Complaint complaint, ComplaintCommand command, Instant now) {
      if (says(command, Remark.APOLOGISE) && complaint.status().judgement() != Judgement.VALID) {
        return Optional.of("soothe now, apologise once the facts show the complaint is valid");
      }
      return Optional.empty();
    }
  }

  private static final class PromisesKeptBeforeClose extends NamedRule implements ComplaintGuard {
    PromisesKeptBeforeClose() {
      super("promises-kept-before-close");
    }

    @Override
    public Optional<String> refusal(Complaint complaint, ComplaintCommand command, Instant now) {
      int open = complaint.status().openPromises();
      if (command.step() == ComplaintStep.CLOSE && open > 0) {
        return Optional.of(open + " promise(s) to the customer not yet kept");
      }
      return Optional.empty();
    }
  }

  private static final class KeptPromiseWasMade extends NamedRule implements ComplaintGuard {
    KeptPromiseWasMade() {
      super("kept-promise-was-made");
    }

    @Override
    public Optional<String> refusal(Complaint complaint, ComplaintCommand command, Instant now) {
      if (says(command, Remark.KEEP_PROMISE) && complaint.status().openPromises() == 0) {
        return Optional.of("no promise to the customer is open");
      }
      return Optional.empty();
    }
  }
}
