package io.crmkit.core.lifecycle;

import io.crmkit.core.validation.Require;

/**
 * One row of the key-account table: from a stage, a move leads to a stage. RESUME leads back to the
 * stage the relationship was interrupted in ({@code returnsToPrevious}); its {@code to} is then the
 * interrupted stage itself.
 *
 * <p>Immutable and thread-safe.
 */
public record KeyAccountTransition(KeyAccountStage from, KeyAccountMove move, KeyAccountStage to,
    boolean returnsToPrevious) {
  public KeyAccountTransition {
    Require.notNull(from, "keyAccountTransition.from");
    Require.notNull(move, "keyAccountTransition.move");
    Require.notNull(to, "keyAccountTransition.to");
  }

  /** Whether the move records something without changing the stage. */
  public boolean staysPut() {
    return from == to && !returnsToPrevious;
  }
}
