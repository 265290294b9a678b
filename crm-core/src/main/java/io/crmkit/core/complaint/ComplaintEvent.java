package io.crmkit.core.complaint;

import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One recorded step in a complaint's append-only history: which step, by whom, when, from which
 * state to which, the note and the step's data. Replaying the events rebuilds the complaint.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ComplaintEvent {
  /** 1 for the receipt, then consecutive. */
  public abstract int sequence();

  public abstract ComplaintStep step();

  public abstract EmployeeId actor();

  public abstract Instant at();

  public abstract ComplaintState fromState();

  public abstract ComplaintState toState();

  /** The handler's note; redacted from {@code toString} as it may hold personal detail. */
  @Value.Redacted
  public abstract String note();

  /** For the RECEIVE event: the receipt. */
  public abstract Optional<Receipt> receipt();

  /** The data the step carried, as the command brought it. */
  @Value.Default
  public StepData data() {
    return StepData.NONE;
  }

  public static ImmutableComplaintEvent.Builder builder() {
    return ImmutableComplaintEvent.builder();
  }

  @Value.Check
  protected void check() {
    Require.that(sequence() >= 1, "complaintEvent.sequence", "must be at least 1", sequence());
    Require.text(note(), "complaintEvent.note");
    Require.that(receipt().isPresent() == (step() == ComplaintStep.RECEIVE), "complaintEvent.receipt",
        "must be present exactly on the RECEIVE event", step());
  }

  /** The event as one line of a history listing. */
  public String describe() {
    String change = fromState() == toState() ? fromState().name() : fromState() + " -> " + toState();
    return String.format("#%d %s %s by %s: %s (%s)", sequence(), at(), step(), actor(), note(), change);
  }
}
