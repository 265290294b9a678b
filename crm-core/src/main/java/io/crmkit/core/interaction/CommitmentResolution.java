package io.crmkit.core.interaction;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The outcome of an earlier commitment, recorded in the interaction where it was reported or
 * noticed (the re-contact of the maintenance cycle checks the memo of commitments). A commitment is
 * resolved once; {@link CommitmentLedger} refuses a second outcome.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class CommitmentResolution {
  @Value.Parameter
  public abstract CommitmentId commitment();

  @Value.Parameter
  public abstract CommitmentOutcome outcome();

  /** The day the outcome happened, in the customer's calendar. */
  @Value.Parameter
  public abstract LocalDate on();

  public static CommitmentResolution of(CommitmentId commitment, CommitmentOutcome outcome, LocalDate on) {
    Require.notNull(commitment, "commitmentResolution.commitment");
    Require.notNull(outcome, "commitmentResolution.outcome");
    Require.notNull(on, "commitmentResolution.on");
    return ImmutableCommitmentResolution.of(commitment, outcome, on);
  }

  public static CommitmentResolution kept(CommitmentId commitment, LocalDate on) {
    return of(commitment, CommitmentOutcome.KEPT, on);
  }

  public static CommitmentResolution broken(CommitmentId commitment, LocalDate on) {
    return of(commitment, CommitmentOutcome.BROKEN, on);
  }

  public static CommitmentResolution withdrawn(CommitmentId commitment, LocalDate on) {
    return of(commitment, CommitmentOutcome.WITHDRAWN, on);
  }
}
