package io.crmkit.core.interaction.maintenance;

import io.crmkit.core.validation.Require;

/**
 * One point of a visit's agenda and the minutes it is planned to take (预计时间的分配).
 *
 * <p>Immutable and thread-safe.
 *
 * @param topic what the point is about
 * @param minutes the time planned for it, 1..240
 */
public record AgendaItem(String topic, int minutes) {

  /** Validates both fields. */
  public AgendaItem {
    Require.text(topic, "agendaItem.topic");
    Require.that(minutes >= 1 && minutes <= 240, "agendaItem.minutes", "must be within 1..240", minutes);
  }
}
