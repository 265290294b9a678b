package io.crmkit.core.lifecycle;

import io.crmkit.core.validation.Require;
import java.util.Optional;

/**
 * Customers who were in {@code from} at the start of a period and in {@code to} at its end: one arrow
 * of a flow diagram between stages.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the stage at the start, empty for customers who had no stage yet
 * @param to the stage at the end
 * @param customers how many moved this way, at least 1
 */
public record StageFlow(Optional<LifecycleStage> from, LifecycleStage to, int customers) {
  public StageFlow {
    Require.notNull(from, "stageFlow.from");
    Require.notNull(to, "stageFlow.to");
    Require.that(customers >= 1, "stageFlow.customers", "must be at least 1", customers);
    Require.that(from.map(f -> f != to).orElse(true), "stageFlow.to", "must differ from the stage at the start", to);
  }

  /** The flow as a line: {@code GROWTH -> DECLINE: 12}. */
  public String describe() {
    return from.map(Enum::name).orElse("(no stage)") + " -> " + to + ": " + customers;
  }
}
