package io.crmkit.core.lifecycle;

import io.crmkit.core.validation.Require;
import java.time.Instant;

/**
 * One move recorded in a key account's history: its number, the action, when, the stage before and
 * after, and a note.
 *
 * <p>Immutable and thread-safe. {@link #toString()} leaves the note out (it may name people).
 *
 * @param sequence 1, 2, 3... in order of the history
 * @param action what was done
 * @param at when
 * @param from the stage before
 * @param to the stage after
 * @param note the account manager's note
 */
public record KeyAccountEvent(int sequence, KeyAccountAction action, Instant at, KeyAccountStage from,
    KeyAccountStage to, String note) {
  public KeyAccountEvent {
    Require.that(sequence >= 1, "keyAccountEvent.sequence", "must be at least 1", sequence);
    Require.notNull(action, "keyAccountEvent.action");
    Require.notNull(at, "keyAccountEvent.at");
    Require.notNull(from, "keyAccountEvent.from");
    Require.notNull(to, "keyAccountEvent.to");
    Require.text(note, "keyAccountEvent.note");
  }

  /** The move of the action. */
  public KeyAccountMove move() {
    return action.move();
  }

  /** The event as a line for a screen or a lesson: {@code #3 2026-01-05T09:00:00Z DEEPEN INITIAL -> MIDDLE: note}. */
  public String describe() {
    return "#" + sequence + " " + at + " " + move() + " " + from + " -> " + to + ": " + note;
  }

  @Override
  public String toString() {
    return "KeyAccountEvent{#" + sequence + " " + move() + " " + from + " -> " + to + " at " + at + "}";
  }
}
