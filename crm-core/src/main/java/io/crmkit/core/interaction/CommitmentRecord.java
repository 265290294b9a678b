package io.crmkit.core.interaction;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A commitment with where it was made and how it ended, as the {@link CommitmentLedger} reads it
 * from the interactions.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class CommitmentRecord {
  public abstract CustomerId customer();

  public abstract Commitment commitment();

  /** The interaction in which it was made. */
  public abstract InteractionId madeIn();

  /** The day it was made. */
  public abstract LocalDate madeOn();

  public abstract Optional<CommitmentResolution> resolution();

  /** The interaction in which the outcome was recorded. */
  public abstract Optional<InteractionId> resolvedIn();

  @Value.Check
  protected void check() {
    Require.that(resolution().isPresent() == resolvedIn().isPresent(), "commitmentRecord.resolvedIn",
        "must be present exactly when resolved", resolvedIn());
  }

  /** Where the commitment stands on {@code day}: its outcome, or open, or overdue after the due day. */
  public CommitmentState stateOn(LocalDate day) {
    Require.notNull(day, "day");
    if (resolution().isPresent()) {
      return CommitmentState.of(resolution().get().outcome());
    }
    return day.isAfter(commitment().dueOn()) ? CommitmentState.OVERDUE : CommitmentState.OPEN;
  }

  /** Days past the due day on {@code day} while unresolved; 0 otherwise. */
  public long daysOverdueOn(LocalDate day) {
    return stateOn(day) == CommitmentState.OVERDUE
        ? java.time.temporal.ChronoUnit.DAYS.between(commitment().dueOn(), day) : 0;
  }
}
