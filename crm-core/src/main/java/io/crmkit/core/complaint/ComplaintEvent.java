package io.crmkit.core.complaint;

import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * One recorded step in a complaint's append-only history: by whom, when, from which state to which,
 * the note, and the {@link ComplaintAction} with the step's own data (the receipt of the first
 * event, the cause of a judgement...). Replaying the events rebuilds the complaint.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ComplaintEvent {
  /** 1 for the receipt, then consecutive. */
  public abstract int sequence();

  public abstract EmployeeId actor();

  public abstract Instant at();

  public abstract ComplaintState fromState();

  public abstract ComplaintState toState();

  /** The handler's note; redacted from {@code toString} as it may hold personal detail. */
  @Value.Redacted
  public abstract String note();

  /** What the step did, as the command brought it. */
  public abstract ComplaintAction action();

  /** The step, the key of the workflow table. */
  public ComplaintStep step() {
    return action().step();
  }

  public static ImmutableComplaintEvent.Builder builder() {
    return ImmutableComplaintEvent.builder();
  }

  @Value.Check
  protected void check() {
    Require.that(sequence() >= 1, "complaintEvent.sequence", "must be at least 1", sequence());
    Require.text(note(), "complaintEvent.note");
  }

  /**
   * The event as one line of a history listing: sequence, time, step, actor and states. The note and
   * the customer's words stay out, as they may hold personal detail; read {@link #note()} on a
   * screen that may show it.
   */
  public String describe() {
    String change = fromState() == toState() ? fromState().name() : fromState() + " -> " + toState();
    return String.format("#%d %s %s by %s (%s)", sequence(), at(), step(), actor(), change);
  }
}
