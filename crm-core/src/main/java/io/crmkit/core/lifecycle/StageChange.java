package io.crmkit.core.lifecycle;

import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One dated event of a customer's lifecycle: on {@code on} the customer entered {@code to} (from
 * {@code from}, or as the first stage ever recorded), for the reason in {@code evidence}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the stage left, empty for the first stage of a history
 * @param to the stage entered
 * @param on the day the change took effect
 * @param evidence why, e.g. {@code spend up 40% over the last two quarters, 6 purchases in 90 days}
 */
public record StageChange(Optional<LifecycleStage> from, LifecycleStage to, LocalDate on, String evidence) {
  public StageChange {
    Require.notNull(from, "stageChange.from");
    Require.notNull(to, "stageChange.to");
    Require.notNull(on, "stageChange.on");
    Require.text(evidence, "stageChange.evidence");
    Require.that(from.map(f -> f != to).orElse(true), "stageChange.to", "must differ from the stage left", to);
  }

  /** The change as a line: {@code 1997-06-30 GROWTH -> MATURITY: evidence}. */
  public String describe() {
    return on + " " + from.map(Enum::name).orElse("(start)") + " -> " + to + ": " + evidence;
  }
}
