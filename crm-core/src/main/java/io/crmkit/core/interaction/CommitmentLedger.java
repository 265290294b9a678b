package io.crmkit.core.interaction;

import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The memo of commitments (承诺备忘) of a customer, read from their interactions: every commitment
 * made, where, and its outcome. An outcome for an unknown commitment, or a second outcome for one
 * already kept, broken or withdrawn, is refused with the state and the allowed outcomes.
 *
 * <p>Immutable and thread-safe.
 */
public final class CommitmentLedger {
  private final Map<CommitmentId, CommitmentRecord> records;

  private CommitmentLedger(Map<CommitmentId, CommitmentRecord> records) {
    this.records = records;
  }

  /** The ledger of {@code interactions} (any revisions; the current one of each is read). */
  public static CommitmentLedger of(Collection<Interaction> interactions) {
    return of(InteractionHistory.of(interactions));
  }

  public static CommitmentLedger of(InteractionHistory history) {
    Map<CommitmentId, CommitmentRecord> records = new LinkedHashMap<>();
    for (Interaction i : history.current()) {
      for (CommitmentResolution r : i.resolutions()) {
        CommitmentRecord rec = records.get(r.commitment());
        requireAllowed(rec, r);
        records.put(r.commitment(), ImmutableCommitmentRecord.builder().from(rec).resolution(r)
            .resolvedIn(i.id()).build());
      }
      for (Commitment c : i.commitments()) {
        Require.that(!records.containsKey(c.id()), "interaction.commitments[]",
            "must be a commitment id not used before for this customer", c.id());
        records.put(c.id(), ImmutableCommitmentRecord.builder().customer(i.customer()).commitment(c)
            .madeIn(i.id()).madeOn(i.day()).build());
      }
    }
    return new CommitmentLedger(records);
  }

  /**
   * Fails unless {@code resolution} may be recorded now: the commitment exists and is still open.
   * Call before recording the interaction that carries it.
   */
  public void requireAllowed(CommitmentResolution resolution) {
    Require.notNull(resolution, "commitmentResolution");
    requireAllowed(records.get(resolution.commitment()), resolution);
  }

  private static void requireAllowed(CommitmentRecord rec, CommitmentResolution r) {
    if (rec == null) {
      throw new InvalidValueException("commitmentResolution.commitment",
          "must name a commitment made earlier to this customer", r.commitment().value());
    }
    CommitmentState state = rec.stateOn(r.on());
    if (!state.allowedOutcomes().contains(r.outcome())) {
      throw new IllegalCommitmentStepException(r.commitment(), state, r.outcome(),
          state.allowedOutcomes());
    }
    Require.that(!r.on().isBefore(rec.madeOn()), "commitmentResolution.on",
        "must not be before the commitment was made on " + rec.madeOn(), r.on());
  }

  /** Every commitment, in the order made. */
  public List<CommitmentRecord> all() {
    return List.copyOf(records.values());
  }

  public Optional<CommitmentRecord> find(CommitmentId id) {
    return Optional.ofNullable(records.get(id));
  }

  /** Commitments in {@code state} on {@code day}. */
  public List<CommitmentRecord> inState(CommitmentState state, LocalDate day) {
    return records.values().stream().filter(r -> r.stateOn(day) == state).toList();
  }

  /** Unresolved commitments past their due day on {@code day}: these show on the due list. */
  public List<CommitmentRecord> overdueOn(LocalDate day) {
    return inState(CommitmentState.OVERDUE, day);
  }

  /** Commitments recorded as broken. */
  public List<CommitmentRecord> broken() {
    return records.values().stream()
        .filter(r -> r.resolution().map(x -> x.outcome() == CommitmentOutcome.BROKEN).orElse(false))
        .toList();
  }
}
