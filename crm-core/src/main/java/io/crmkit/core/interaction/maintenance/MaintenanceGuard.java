package io.crmkit.core.interaction.maintenance;

import java.util.Optional;

/**
 * A named rule that may refuse a step the maintenance table allows, because the record or the step's
 * data falls short of what the guide asks. Hosts may add their own, most simply as a class that
 * extends {@link io.crmkit.core.rule.NamedRule} with a plain {@code if}; {@link MaintenanceGuards}
 * builds its own on {@link io.crmkit.core.rule.StepGuard}.
 */
public interface MaintenanceGuard {

  /** The rule's name, as refusals report it, e.g. {@code memo-confirms-open-commitments}. */
  String name();

  /** Why the step must not be taken now; empty when the rule has nothing against it. */
  Optional<String> refusal(CycleStatus status, MaintenanceCommand command, RecordView record);
}
