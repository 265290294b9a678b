package io.crmkit.core.interaction.maintenance;

import io.crmkit.core.validation.Require;
import java.util.List;

/**
 * The step a cycle should take next, why, and what the record lacks for it: the account manager's
 * answer to "what now with this customer?". The step is always one the table allows in the cycle's
 * state.
 *
 * <p>Immutable and thread-safe.
 *
 * @param step the step to take next
 * @param why the reason, in words
 * @param readiness what the step needs and whether the record provides it
 */
public record NextStep(MaintenanceStep step, String why, StepReadiness readiness) {

  /** Validates every field. */
  public NextStep {
    Require.notNull(step, "nextStep.step");
    Require.text(why, "nextStep.why");
    Require.notNull(readiness, "nextStep.readiness");
  }

  /** What the record lacks for the step, required or advised. */
  public List<Provision> missing() {
    return readiness.missing();
  }

  /** The advice as text: the step, why, and each item with what the record holds or lacks. */
  public String describe() {
    StringBuilder text = new StringBuilder("next: " + step + ": " + why + "\n");
    readiness.provisions().forEach(p -> text.append("  ").append(p.describe()).append('\n'));
    return text.toString();
  }
}
