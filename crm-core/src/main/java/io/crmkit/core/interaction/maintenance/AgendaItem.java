package io.crmkit.core.interaction.maintenance;

import io.crmkit.core.interaction.CommitmentId;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.Optional;

/**
 * One point of a visit's agenda and the minutes it is planned to take (预计时间的分配); a point may take
 * up an open commitment, so the customer hears where it stands.
 *
 * <p>Immutable and thread-safe.
 *
 * @param topic what the point is about
 * @param minutes the time planned for it, 1..240
 * @param takesUp the open commitment the point reports on, if any
 */
public record AgendaItem(String topic, int minutes, Optional<CommitmentId> takesUp) {

  /** Validates every field. */
  public AgendaItem {
    Require.text(topic, "agendaItem.topic");
    Require.that(minutes >= 1 && minutes <= 240, "agendaItem.minutes", "must be within 1..240", minutes);
    Require.notNull(takesUp, "agendaItem.takesUp");
  }

  /** A point of its own. */
  public static AgendaItem of(String topic, int minutes) {
    return new AgendaItem(topic, minutes, Optional.empty());
  }

  /** A point that reports on the open commitment {@code commitment}. */
  public static AgendaItem takingUp(CommitmentId commitment, String topic, int minutes) {
    Require.notNull(commitment, "agendaItem.takesUp");
    return new AgendaItem(topic, minutes, Optional.of(commitment));
  }

  /** The topic may touch the customer's affairs and stays out. */
  @Override
  public String toString() {
    return "AgendaItem{minutes=" + minutes + ", takesUp=" + takesUp.map(Object::toString).orElse("-") + ", topic="
        + CrmStyle.REDACTED + "}";
  }
}
