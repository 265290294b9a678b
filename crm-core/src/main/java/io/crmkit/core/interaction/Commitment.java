package io.crmkit.core.interaction;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A promise made in an interaction (承诺): what will be done, by which side and by when. The account
 * manager's memo of commitments after a contact is the list of these; each later becomes kept,
 * broken or withdrawn through a {@link CommitmentResolution}. The wording is personal content: it
 * never reaches {@code toString} and is erased with the customer's personal data.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class Commitment {
  public abstract CommitmentId id();

  /** What was promised; empty once erased. */
  @Value.Redacted
  public abstract Optional<String> wording();

  /** The day by which it must be done, in the customer's calendar. */
  public abstract LocalDate dueOn();

  /** Who promised: the company (the usual case, and the one customers judge integrity by) or the customer. */
  @Value.Default
  public Initiator promisedBy() {
    return Initiator.COMPANY;
  }

  /** A promise by the company; id, wording and due date are required. */
  public static Commitment of(CommitmentId id, String wording, LocalDate dueOn) {
    return of(id, wording, dueOn, Initiator.COMPANY);
  }

  /** A promise by {@code promisedBy}; id, wording and due date are required. */
  public static Commitment of(CommitmentId id, String wording, LocalDate dueOn, Initiator promisedBy) {
    Require.notNull(id, "commitment.id");
    Require.confidentialText(wording, "commitment.wording");
    Require.notNull(dueOn, "commitment.dueOn");
    Require.notNull(promisedBy, "commitment.promisedBy");
    return ImmutableCommitment.builder().id(id).wording(wording).dueOn(dueOn).promisedBy(promisedBy)
        .build();
  }

  @Value.Check
  protected void check() {
    wording().ifPresent(w -> Require.confidentialText(w, "commitment.wording"));
  }

  /** The same commitment without its wording (erasure of personal content). */
  public Commitment withoutWording() {
    return ImmutableCommitment.copyOf(this).withWording(Optional.empty());
  }
}
