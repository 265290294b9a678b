package io.crmkit.core.interaction.maintenance;

import static io.crmkit.core.interaction.maintenance.CycleState.CONTACTED;
import static io.crmkit.core.interaction.maintenance.CycleState.HELPED;
import static io.crmkit.core.interaction.maintenance.CycleState.INFORMATION_INTEGRATED;
import static io.crmkit.core.interaction.maintenance.CycleState.RECONTACTED;
import static io.crmkit.core.interaction.maintenance.CycleState.STARTED;
import static io.crmkit.core.interaction.maintenance.CycleState.UNDERSTOOD;
import static io.crmkit.core.interaction.maintenance.MaintenanceStep.CONTACT_WARMLY;
import static io.crmkit.core.interaction.maintenance.MaintenanceStep.HELP_COMPREHENSIVELY;
import static io.crmkit.core.interaction.maintenance.MaintenanceStep.INTEGRATE_INFORMATION;
import static io.crmkit.core.interaction.maintenance.MaintenanceStep.RECONTACT;
import static io.crmkit.core.interaction.maintenance.MaintenanceStep.UNDERSTAND_DEEPLY;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The transition table of the five-step maintenance cycle: the single source of truth the engine,
 * the replay check and the next-step advice all read.
 *
 * <p>Main path: STARTED -> INFORMATION_INTEGRATED -> CONTACTED -> UNDERSTOOD -> HELPED -> RECONTACTED,
 * and from RECONTACTED information integration opens the next round. Information may be integrated
 * again in every state after the first (the guide: leave time in each visit to learn more, and update
 * the record the same day); more concerns may be heard once understanding has begun, more help given
 * once help has begun. No step may be skipped.
 */
public final class MaintenanceWorkflow {
  private static final List<MaintenanceTransition> TABLE = build();
  private static final Map<CycleState, Map<MaintenanceStep, MaintenanceTransition>> BY_STATE = index(TABLE);

  private MaintenanceWorkflow() {}

  /** Every row of the table. */
  public static List<MaintenanceTransition> transitions() {
    return TABLE;
  }

  /** The steps allowed in {@code state}, in table order. */
  public static Set<MaintenanceStep> allowedSteps(CycleState state) {
    return Collections.unmodifiableSet(BY_STATE.get(state).keySet());
  }

  /** The row for {@code step} from {@code state}, if allowed. */
  public static Optional<MaintenanceTransition> transition(CycleState state, MaintenanceStep step) {
    return Optional.ofNullable(BY_STATE.get(state).get(step));
  }

  /** The main-path row from {@code state}: the step the cycle is expected to take next. */
  public static MaintenanceTransition forward(CycleState state) {
    return BY_STATE.get(state).values().stream().filter(MaintenanceTransition::forward).findFirst()
        .orElseThrow(() -> new IllegalStateException("the maintenance table has no main-path step from " + state));
  }

  private static List<MaintenanceTransition> build() {
    List<MaintenanceTransition> t = new ArrayList<>();
    forward(t, STARTED, INTEGRATE_INFORMATION, INFORMATION_INTEGRATED);
    stay(t, INFORMATION_INTEGRATED, INTEGRATE_INFORMATION);
    forward(t, INFORMATION_INTEGRATED, CONTACT_WARMLY, CONTACTED);
    stay(t, CONTACTED, INTEGRATE_INFORMATION);
    forward(t, CONTACTED, UNDERSTAND_DEEPLY, UNDERSTOOD);
    stay(t, UNDERSTOOD, INTEGRATE_INFORMATION);
    stay(t, UNDERSTOOD, UNDERSTAND_DEEPLY);
    forward(t, UNDERSTOOD, HELP_COMPREHENSIVELY, HELPED);
    stay(t, HELPED, INTEGRATE_INFORMATION);
    stay(t, HELPED, HELP_COMPREHENSIVELY);
    forward(t, HELPED, RECONTACT, RECONTACTED);
    forward(t, RECONTACTED, INTEGRATE_INFORMATION, INFORMATION_INTEGRATED);
    return List.copyOf(t);
  }

  private static void forward(List<MaintenanceTransition> t, CycleState from, MaintenanceStep step, CycleState to) {
    t.add(new MaintenanceTransition(from, step, to, true));
  }

  private static void stay(List<MaintenanceTransition> t, CycleState state, MaintenanceStep step) {
    t.add(new MaintenanceTransition(state, step, state, false));
  }

  private static Map<CycleState, Map<MaintenanceStep, MaintenanceTransition>> index(
      List<MaintenanceTransition> table) {
    Map<CycleState, Map<MaintenanceStep, MaintenanceTransition>> byState = new EnumMap<>(CycleState.class);
    for (CycleState s : CycleState.values()) {
      byState.put(s, new LinkedHashMap<>());
    }
    for (MaintenanceTransition row : table) {
      if (byState.get(row.from()).put(row.step(), row) != null) {
        throw new IllegalStateException("the maintenance table lists " + row.step() + " twice from " + row.from());
      }
    }
    byState.replaceAll((s, m) -> Collections.unmodifiableMap(m));
    return Collections.unmodifiableMap(byState);
  }
}
