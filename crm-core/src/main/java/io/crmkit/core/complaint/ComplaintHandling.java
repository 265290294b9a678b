package io.crmkit.core.complaint;

import io.crmkit.core.satisfaction.PerceptionSample;
import io.crmkit.core.satisfaction.PerceptionSink;
import io.crmkit.core.satisfaction.RatingScale;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The complaint-handling engine: receives complaints and applies steps. A step must be allowed by
 * the {@link ComplaintWorkflow} table in the current state (else {@link IllegalComplaintStepException})
 * and pass every guard (else {@link ComplaintStepRefusedException} naming the rule). It is then
 * recorded as an event at the clock's instant; the complaint returned is a new version.
 *
 * <p>A follow-up rating is passed to the {@link PerceptionSink}, if one is set, as perception
 * samples of responsiveness and integrity on the 1-5 scale.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ComplaintHandling {
  private static final Logger LOG = LoggerFactory.getLogger(ComplaintHandling.class);

  /** The scale of follow-up ratings. */
  public static final RatingScale RATING_SCALE = RatingScale.ONE_TO_FIVE;

  public abstract Clock clock();

  /** Documented attempts to reach the customer after which a remedied complaint may close without follow-up. */
  @Value.Default
  public int followUpAttempts() {
    return 3;
  }

  /** How long after closing a complaint may be reopened. */
  @Value.Default
  public Duration reopenWindow() {
    return Duration.ofDays(30);
  }

  /** Guards a host adds to those of practice. */
  public abstract List<ComplaintGuard> extraGuards();

  /** Where follow-up ratings go as perception samples. */
  public abstract Optional<PerceptionSink> perceptionSink();

  /** An engine with the default rules on {@code clock}. */
  public static ComplaintHandling on(Clock clock) {
    return ImmutableComplaintHandling.builder().clock(clock).build();
  }

  /**
   * An engine with the default rules on {@code clock} whose handlers' roles must be those the host's
   * {@code directory} gives (guard {@code roles-from-directory}).
   */
  public static ComplaintHandling on(Clock clock, HandlerDirectory directory) {
    Require.notNull(directory, "directory");
    return ImmutableComplaintHandling.builder().clock(clock).addExtraGuards(directory.rolesGuard()).build();
  }

  public static ImmutableComplaintHandling.Builder builder() {
    return ImmutableComplaintHandling.builder();
  }

  @Value.Check
  protected void check() {
    Require.that(followUpAttempts() >= 1, "complaintHandling.followUpAttempts", "must be at least 1",
        followUpAttempts());
    Require.positive(reopenWindow(), "complaintHandling.reopenWindow");
  }

  /** Every guard this engine applies: those of practice, then the host's. */
  @Value.Lazy
  public List<ComplaintGuard> guards() {
    List<ComplaintGuard> all = new ArrayList<>(ComplaintGuards.allCurrentGuards(followUpAttempts(), reopenWindow()));
    all.addAll(extraGuards());
    return List.copyOf(all);
  }

  /** Records a new complaint, RECEIVED, handled by {@code receivedBy}. */
  public Complaint receive(ComplaintId id, Receipt receipt, Handler receivedBy) {
    Require.notNull(id, "complaintId");
    Require.notNull(receipt, "receipt");
    Require.notNull(receivedBy, "receivedBy");
    ComplaintEvent received = ComplaintEvent.builder().sequence(1).action(new ComplaintAction.Receive(receipt))
        .actor(receivedBy.id()).at(clock().instant()).fromState(ComplaintState.RECEIVED).toState(ComplaintState.RECEIVED)
        .note("received via " + receipt.channel()).build();
    return ImmutableComplaint.builder().id(id).addHistory(received).build();
  }

  /** The guard that would refuse {@code command} now, with its reason; empty if the step may be taken. */
  public Optional<ComplaintStepRefusedException> refusal(Complaint complaint, ComplaintCommand command) {
    Require.notNull(complaint, "complaint");
    Require.notNull(command, "command");
    Instant now = clock().instant();
    for (ComplaintGuard guard : guards()) {
      Optional<String> reason = guard.refusal(complaint, command, now);
      if (reason.isPresent()) {
        return Optional.of(new ComplaintStepRefusedException(complaint.id(), command.step(), guard.name(),
            reason.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * Takes a step.
   *
   * @throws IllegalComplaintStepException if the workflow does not allow the step in this state
   * @throws ComplaintStepRefusedException if a guard refuses it
   */
  public Complaint apply(Complaint complaint, ComplaintCommand command) {
    Require.notNull(complaint, "complaint");
    Require.notNull(command, "command");
    ComplaintState state = complaint.state();
    Transition row = ComplaintWorkflow.transition(state, command.step()).orElseThrow(() ->
        new IllegalComplaintStepException(complaint.id(), state, command.step(),
            ComplaintWorkflow.allowedSteps(state)));
    Optional<ComplaintStepRefusedException> refused = refusal(complaint, command);
    if (refused.isPresent()) {
      throw refused.get();
    }
    Instant now = clock().instant();
    Instant last = complaint.history().get(complaint.history().size() - 1).at();
    Require.that(!now.isBefore(last), "clock", "must not run backwards before the last event at " + last, now);
    ComplaintState target = row.returnsToPrevious() ? complaint.status().shelving().orElseThrow().from() : row.to();
    ComplaintEvent event = ComplaintEvent.builder().sequence(complaint.history().size() + 1).action(command.action())
        .actor(command.actor().id()).at(now).fromState(state).toState(target).note(command.note()).build();
    Complaint next = complaint.append(event);
    LOG.debug("complaint {}: {} {} -> {}", complaint.id(), command.step(), state, target);
    if (command.action() instanceof ComplaintAction.FollowUp followUp) {
      perceptionSink().ifPresent(sink -> PerceptionSample.fromHandlingRating(followUp.rating(),
          RATING_SCALE, now, "complaint " + complaint.id() + " follow-up").forEach(sink::accept));
    }
    return next;
  }
}
