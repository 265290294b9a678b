package io.crmkit.core.complaint;

import io.crmkit.core.validation.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The guards of complaint handling practice, each a small named rule.
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
 * </ul>
 */
public final class ComplaintGuards {
  private ComplaintGuards() {}

  /** All guards of practice, with {@code followUpAttempts} and {@code reopenWindow}. */
  public static List<ComplaintGuard> allCurrentGuards(int followUpAttempts, Duration reopenWindow) {
    Require.that(followUpAttempts >= 1, "followUpAttempts", "must be at least 1", followUpAttempts);
    Require.positive(reopenWindow, "reopenWindow");
    return List.of(
        guard("actor-has-role", (c, cmd, now) -> cmd.actor().has(cmd.step().requiredRole()) ? Optional.empty()
            : Optional.of(cmd.actor().id() + " lacks the role " + cmd.step().requiredRole() + " that "
                + cmd.step() + " needs")),
        guard("facts-before-judgement", (c, cmd, now) ->
            Set.of(ComplaintStep.JUDGE_VALID, ComplaintStep.JUDGE_NOT_VALID, ComplaintStep.PROPOSE_REMEDY,
                ComplaintStep.COMPROMISE).contains(cmd.step()) && !c.status().factsRecorded()
                ? Optional.of("record the key points and facts first") : Optional.empty()),
        guard("no-admission-before-facts", (c, cmd, now) -> cmd.step() == ComplaintStep.ADMIT_FAULT
            && !c.status().judgedValid().orElse(false)
            ? Optional.of("do not admit fault before the facts show the complaint is valid") : Optional.empty()),
        guard("follow-up-before-close", (c, cmd, now) -> cmd.step() == ComplaintStep.CLOSE
            && c.state() == ComplaintState.REMEDY_IMPLEMENTED && c.status().contactAttempts() < followUpAttempts
            ? Optional.of("follow up first: is the problem solved, how was the handling? ("
                + c.status().contactAttempts() + " of " + followUpAttempts
                + " documented attempts to reach the customer)") : Optional.empty()),
        guard("recourse-before-closing-declined", (c, cmd, now) -> cmd.step() == ComplaintStep.CLOSE
            && c.state() == ComplaintState.REMEDY_DECLINED && !c.status().recourseOffered()
            ? Optional.of("offer the customer other routes of recourse before closing a declined remedy")
            : Optional.empty()),
        guard("escalate-after-decline", (c, cmd, now) -> cmd.step() == ComplaintStep.PROPOSE_REMEDY
            && c.state() == ComplaintState.REMEDY_DECLINED && !c.status().escalatedSinceDecline()
            ? Optional.of("escalate first (change of handler or compromise) after a declined remedy")
            : Optional.empty()),
        guard("reopen-within-window", (c, cmd, now) -> cmd.step() == ComplaintStep.REOPEN
            && c.status().closedAt().map(closed -> closed.plus(reopenWindow).isBefore(now)).orElse(false)
            ? Optional.of("closed at " + c.status().closedAt().orElseThrow() + ", beyond the reopen window of "
                + reopenWindow.toDays() + " days; open a new complaint") : Optional.empty()),
        guard("resume-date-ahead", (c, cmd, now) -> cmd.step() == ComplaintStep.SHELVE
            && !cmd.data().resumeOn().orElseThrow().isAfter(now)
            ? Optional.of("the resume date " + cmd.data().resumeOn().orElseThrow() + " must lie after " + now)
            : Optional.empty()),
        guard("waiting-is-paired", (c, cmd, now) ->
            cmd.step() == ComplaintStep.WAIT_FOR_CUSTOMER && c.status().waitingOnCustomer()
                ? Optional.of("already waiting for the customer")
                : cmd.step() == ComplaintStep.CUSTOMER_RESPONDED && !c.status().waitingOnCustomer()
                    ? Optional.of("not waiting for the customer") : Optional.empty()),
        guard("handover-to-another", (c, cmd, now) -> cmd.step() == ComplaintStep.CHANGE_HANDLER
            && cmd.data().newHandler().orElseThrow().equals(c.status().handler())
            ? Optional.of(c.status().handler() + " already handles the complaint") : Optional.empty()));
  }

  /** The body of a guard. */
  @FunctionalInterface
  interface Rule {
    Optional<String> refusal(Complaint complaint, ComplaintCommand command, Instant now);
  }

  static ComplaintGuard guard(String name, Rule rule) {
    return new ComplaintGuard() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Optional<String> refusal(Complaint complaint, ComplaintCommand command, Instant now) {
        return rule.refusal(complaint, command, now);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
