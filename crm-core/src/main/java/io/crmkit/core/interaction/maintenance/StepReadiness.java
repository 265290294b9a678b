package io.crmkit.core.interaction.maintenance;

import io.crmkit.core.validation.Require;
import java.util.List;

/**
 * What one step needs from the record and whether the record provides it: the answer to "can I
 * take this step now, and what am I missing?".
 *
 * <p>Immutable and thread-safe.
 *
 * @param step the step
 * @param provisions one per item the step needs, in the order of {@link StepNeeds#of}
 */
public record StepReadiness(MaintenanceStep step, List<Provision> provisions) {

  /** Validates and copies. */
  public StepReadiness {
    Require.notNull(step, "stepReadiness.step");
    Require.notNull(provisions, "stepReadiness.provisions");
    provisions = List.copyOf(provisions);
  }

  /** The items the record lacks, required or advised. */
  public List<Provision> missing() {
    return provisions.stream().filter(p -> !p.present()).toList();
  }

  /** Whether no required item is missing. */
  public boolean ready() {
    return provisions.stream().noneMatch(Provision::blocks);
  }

  /** The readiness as lines, one per item. */
  public String describe() {
    StringBuilder text = new StringBuilder(step + (ready() ? " ready" : " not ready") + "\n");
    provisions.forEach(p -> text.append("  ").append(p.describe()).append('\n'));
    return text.toString();
  }
}
