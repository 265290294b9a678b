package io.crmkit.persistence.memory;

import io.crmkit.core.interaction.Interaction;

/**
 * The cursor of a customer's interactions in time order: the epoch second and nanosecond of the
 * occurrence, zero-padded so that text order is time order, then the id.
 */
final class TimeCursor {
  private TimeCursor() {}

  static String of(Interaction i) {
    // Seconds are shifted by 10^12 so that instants before 1970 still sort as text.
    long seconds = i.occurredAt().toInstant().getEpochSecond() + 1_000_000_000_000L;
    return String.format("%014d.%09d/%s", seconds, i.occurredAt().toInstant().getNano(), i.id().value());
  }
}
