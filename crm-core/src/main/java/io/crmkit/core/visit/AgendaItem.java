package io.crmkit.core.visit;

import io.crmkit.core.validation.Require;

/**
 * One point of a visit's agenda (议程) and the minutes planned for it: the customer hears the
 * purpose and how the time is shared before the talk starts.
 *
 * @param topic what the point is about
 * @param minutes the time planned for it, 1 to 480
 */
public record AgendaItem(String topic, int minutes) {
  public AgendaItem {
    Require.text(topic, "agendaItem.topic");
    Require.that(minutes >= 1 && minutes <= 480, "agendaItem.minutes", "must be within 1..480", minutes);
  }
}
