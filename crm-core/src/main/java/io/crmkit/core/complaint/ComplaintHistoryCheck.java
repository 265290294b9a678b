package io.crmkit.core.complaint;

import io.crmkit.core.validation.Require;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The check a complaint store makes before it appends events: each event must be a step the live
 * {@link ComplaintHandling} would have taken. The step must be allowed in the state the history is
 * in and lead where the workflow table says; every guard of the engine must let it pass at the
 * event's time, with the actor's roles taken from the host's {@link HandlerDirectory}; and no event
 * may be dated before the previous one or after the clock's now. A store with this check holds only
 * histories that the workflow could have produced.
 *
 * <p>Immutable and thread-safe if the directory and the engine's guards are.
 */
public final class ComplaintHistoryCheck {
  private final ComplaintHandling handling;
  private final HandlerDirectory directory;

  private ComplaintHistoryCheck(ComplaintHandling handling, HandlerDirectory directory) {
    this.handling = handling;
    this.directory = directory;
  }

  /** The check of {@code handling}'s guards and clock, with roles from {@code directory}. */
  public static ComplaintHistoryCheck of(ComplaintHandling handling, HandlerDirectory directory) {
    return new ComplaintHistoryCheck(Require.notNull(handling, "handling"), Require.notNull(directory, "directory"));
  }

  /**
   * The reference stores' default when the host gives no directory: the guards of practice on
   * {@code clock}, and every actor an {@link HandlerRole#AGENT} only, so steps that need a
   * supervisor are refused until the host names its supervisors.
   */
  public static ComplaintHistoryCheck agentsOnly(Clock clock) {
    return of(ComplaintHandling.on(clock), employee -> java.util.Set.of(HandlerRole.AGENT));
  }

  /**
   * The complaint {@code stored} (null for a new one) with {@code events} appended, each checked.
   *
   * @throws IllegalComplaintStepException if a step is not allowed in its state
   * @throws ComplaintStepRefusedException if a guard refuses a step
   * @throws io.crmkit.core.validation.InvalidValueException if an event's states, sequence or time
   *     do not continue the history, or its actor is not in the directory
   */
  public Complaint continued(ComplaintId id, Complaint stored, List<ComplaintEvent> events) {
    Require.notNull(id, "complaintId");
    Require.notNull(events, "events");
    Instant now = handling.clock().instant();
    Complaint complaint = stored;
    for (ComplaintEvent e : events) {
      Require.that(!e.at().isAfter(now), "complaintEvent.at", "must not be after now " + now, e.at());
      if (complaint == null) {
        Require.that(e.step() == ComplaintStep.RECEIVE && e.sequence() == 1
            && e.fromState() == ComplaintState.RECEIVED && e.toState() == ComplaintState.RECEIVED,
            "complaintEvent", "must start a history as the RECEIVE event 1, RECEIVED to RECEIVED", e.step());
        directory.handler(e.actor());
        complaint = Complaint.replay(id, List.of(e));
        continue;
      }
      complaint = checkedStep(complaint, e);
    }
    Require.that(complaint != null, "events", "must hold at least one event", 0);
    return complaint;
  }

  private Complaint checkedStep(Complaint complaint, ComplaintEvent e) {
    ComplaintState state = complaint.state();
    ComplaintEvent last = complaint.history().get(complaint.history().size() - 1);
    Require.that(e.sequence() == last.sequence() + 1, "complaintEvent.sequence", "must be " + (last.sequence() + 1),
        e.sequence());
    Require.that(!e.at().isBefore(last.at()), "complaintEvent.at", "must not be before the previous event at "
        + last.at(), e.at());
    Transition row = ComplaintWorkflow.transition(state, e.step()).orElseThrow(() ->
        new IllegalComplaintStepException(complaint.id(), state, e.step(), ComplaintWorkflow.allowedSteps(state)));
    ComplaintState target = row.returnsToPrevious() ? complaint.status().shelving().orElseThrow().from() : row.to();
    Require.that(e.fromState() == state && e.toState() == target, "complaintEvent.toState",
        "must follow the workflow: " + state + " -> " + target + " for " + e.step(), e.fromState() + " -> " + e.toState());
    ComplaintCommand command = ComplaintCommand.of(directory.handler(e.actor()), e.action(), e.note());
    for (ComplaintGuard guard : handling.guards()) {
      Optional<String> reason = guard.refusal(complaint, command, e.at());
      if (reason.isPresent()) {
        throw new ComplaintStepRefusedException(complaint.id(), e.step(), guard.name(), reason.get());
      }
    }
    return complaint.append(e);
  }
}
