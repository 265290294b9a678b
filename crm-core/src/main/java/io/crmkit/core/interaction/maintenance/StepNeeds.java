package io.crmkit.core.interaction.maintenance;

import static io.crmkit.core.interaction.maintenance.RecordItem.APPOINTMENT;
import static io.crmkit.core.interaction.maintenance.RecordItem.CONCERNS_OF_ROUND;
import static io.crmkit.core.interaction.maintenance.RecordItem.CONTACT_OF_ROUND;
import static io.crmkit.core.interaction.maintenance.RecordItem.FACTS_TO_COMPLETE;
import static io.crmkit.core.interaction.maintenance.RecordItem.HELP_OF_ROUND;
import static io.crmkit.core.interaction.maintenance.RecordItem.LAST_SATISFACTION_RESULT;
import static io.crmkit.core.interaction.maintenance.RecordItem.NO_DISPUTED_FACTS;
import static io.crmkit.core.interaction.maintenance.RecordItem.OPEN_COMMITMENTS;
import static io.crmkit.core.interaction.maintenance.RecordItem.PROFILE_FACTS;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each of the five steps needs from the record, and whether the need is required (its absence
 * blocks the step) or advised (its absence is reported):
 *
 * <ul>
 *   <li>INTEGRATE_INFORMATION: the profile facts (advised: a new customer starts with none) and the
 *       stale facts to complete during the visit (advised).
 *   <li>CONTACT_WARMLY: no disputed facts (required: wrong information is worse than none); the
 *       appointment made last time (advised); for the agenda, the open commitments (required: the
 *       agenda must take up each one) and the last satisfaction result (advised: without it the
 *       opening asks about satisfaction).
 *   <li>UNDERSTAND_DEEPLY: this round's contact (required).
 *   <li>HELP_COMPREHENSIVELY: this round's concerns (required: help is chosen for them).
 *   <li>RECONTACT: this round's help (required: its effect is followed up) and the open commitments
 *       (required: the memo confirms each one).
 * </ul>
 */
public final class StepNeeds {
  private static final Map<MaintenanceStep, Map<RecordItem, Boolean>> NEEDS = build();

  private StepNeeds() {}

  /** What {@code step} needs: each item with {@code true} when required, in the order they are checked. */
  public static Map<RecordItem, Boolean> of(MaintenanceStep step) {
    return NEEDS.get(step);
  }

  private static Map<MaintenanceStep, Map<RecordItem, Boolean>> build() {
    Map<MaintenanceStep, Map<RecordItem, Boolean>> needs = new EnumMap<>(MaintenanceStep.class);
    for (MaintenanceStep step : MaintenanceStep.values()) {
      needs.put(step, new LinkedHashMap<>());
    }
    needs.get(MaintenanceStep.INTEGRATE_INFORMATION).put(PROFILE_FACTS, false);
    needs.get(MaintenanceStep.INTEGRATE_INFORMATION).put(FACTS_TO_COMPLETE, false);
    needs.get(MaintenanceStep.CONTACT_WARMLY).put(NO_DISPUTED_FACTS, true);
    needs.get(MaintenanceStep.CONTACT_WARMLY).put(APPOINTMENT, false);
    needs.get(MaintenanceStep.CONTACT_WARMLY).put(OPEN_COMMITMENTS, true);
    needs.get(MaintenanceStep.CONTACT_WARMLY).put(LAST_SATISFACTION_RESULT, false);
    needs.get(MaintenanceStep.UNDERSTAND_DEEPLY).put(CONTACT_OF_ROUND, true);
    needs.get(MaintenanceStep.HELP_COMPREHENSIVELY).put(CONCERNS_OF_ROUND, true);
    needs.get(MaintenanceStep.RECONTACT).put(HELP_OF_ROUND, true);
    needs.get(MaintenanceStep.RECONTACT).put(OPEN_COMMITMENTS, true);
    needs.replaceAll((s, m) -> Collections.unmodifiableMap(m));
    return Collections.unmodifiableMap(needs);
  }
}
