package io.crmkit.core.interaction.maintenance;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.Require;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer's maintenance cycle (客情维护): the id of the customer and the append-only history of the
 * steps taken, round after round. Everything else is the {@link CycleStatus} folded from the
 * history, and the history is checked against the {@link MaintenanceWorkflow} table, so a stored
 * history replays to exactly the same cycle or is refused naming the event that breaks it. Steps
 * are taken through {@link MaintenanceCycles}; each returns a new version.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MaintenanceCycle {
  public abstract CustomerId customer();

  /** Every step taken, oldest first. */
  public abstract List<MaintenanceEvent> history();

  /** Rebuilds a cycle from its stored events, checking them against the table. */
  public static MaintenanceCycle replay(CustomerId customer, List<MaintenanceEvent> events) {
    Require.notNull(customer, "maintenanceCycle.customer");
    Require.notNull(events, "maintenanceCycle.history");
    return ImmutableMaintenanceCycle.builder().customer(customer).history(events).build();
  }

  /** What the history implies, computed once per version. */
  @Value.Derived
  @Value.Auxiliary
  public CycleStatus status() {
    return CycleStatus.fold(history());
  }

  @Value.Check
  protected void check() {
    CycleState state = CycleState.STARTED;
    int round = 0;
    List<MaintenanceEvent> h = history();
    for (int i = 0; i < h.size(); i++) {
      MaintenanceEvent e = h.get(i);
      String field = "maintenanceCycle.history[" + i + "]";
      Require.that(e.sequence() == i + 1, field + ".sequence", "must be " + (i + 1), e.sequence());
      if (i > 0) {
        Require.that(!e.at().isBefore(h.get(i - 1).at()), field + ".at",
            "must not be before the previous step at " + h.get(i - 1).at(), e.at());
      }
      Require.that(e.fromState() == state, field + ".fromState", "must be " + state + ", where the cycle stood",
          e.fromState());
      Optional<MaintenanceTransition> row = MaintenanceWorkflow.transition(state, e.step());
      CycleState from = state;
      Require.that(row.isPresent(), field + ".step", "must be allowed in " + state + " "
          + MaintenanceWorkflow.allowedSteps(from), e.step());
      Require.that(e.toState() == row.get().to(), field + ".toState", "must be " + row.get().to(), e.toState());
      int expectedRound = opensRound(state, e.step()) ? round + 1 : round;
      Require.that(e.round() == expectedRound, field + ".round", "must be " + expectedRound, e.round());
      state = e.toState();
      round = expectedRound;
    }
  }

  /** Whether {@code step} from {@code state} opens a new round: the first integration, or one after re-contact. */
  static boolean opensRound(CycleState state, MaintenanceStep step) {
    return step == MaintenanceStep.INTEGRATE_INFORMATION
        && (state == CycleState.STARTED || state == CycleState.RECONTACTED);
  }

  public CycleState state() {
    return status().state();
  }

  /** This cycle with one more event (already checked by {@link MaintenanceCycles}). */
  MaintenanceCycle append(MaintenanceEvent event) {
    return ImmutableMaintenanceCycle.builder().from(this).addHistory(event).build();
  }

  /** The history as lines, for a screen, an audit or a lesson. */
  public String describeHistory() {
    StringBuilder text = new StringBuilder();
    history().forEach(e -> text.append(e.describe()).append('\n'));
    return text.toString();
  }
}
