package io.crmkit.core.lifecycle;

import io.crmkit.core.validation.Require;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * One interruption of a key-account relationship: when, in which stage, for which causes, and how
 * it ended if it did (resumed in the stage it left, or restarted from gestation).
 *
 * <p>Immutable and thread-safe.
 *
 * @param at when the relationship was interrupted
 * @param interruptedIn the stage it was in
 * @param causes why, at least one
 * @param endedAt when it was resumed or restarted, empty while still interrupted
 * @param endedBy RESUME or RESTART, empty while still interrupted
 */
public record Interruption(Instant at, KeyAccountStage interruptedIn, Set<InterruptionCause> causes,
    Optional<Instant> endedAt, Optional<KeyAccountMove> endedBy) {
  public Interruption {
    Require.notNull(at, "interruption.at");
    Require.notNull(interruptedIn, "interruption.interruptedIn");
    Require.that(interruptedIn.isActive(), "interruption.interruptedIn", "must be an active stage", interruptedIn);
    Require.notNull(causes, "interruption.causes");
    Require.that(!causes.isEmpty(), "interruption.causes", "must name at least one cause", causes);
    causes = Set.copyOf(EnumSet.copyOf(causes));
    Require.notNull(endedAt, "interruption.endedAt");
    Require.notNull(endedBy, "interruption.endedBy");
    Require.that(endedAt.isPresent() == endedBy.isPresent(), "interruption.endedBy",
        "must be given exactly when endedAt is", endedBy);
    Require.that(endedBy.map(m -> m == KeyAccountMove.RESUME || m == KeyAccountMove.RESTART).orElse(true),
        "interruption.endedBy", "must be RESUME or RESTART", endedBy);
  }

  /** Whether the relationship is still interrupted. */
  public boolean isOpen() {
    return endedAt.isEmpty();
  }

  /** Whether any cause is internal. */
  public boolean hasInternalCause() {
    return causes.stream().anyMatch(c -> c.kind() == CauseKind.INTERNAL);
  }

  Interruption endedBy(KeyAccountMove move, Instant when) {
    return new Interruption(at, interruptedIn, causes, Optional.of(when), Optional.of(move));
  }
}
