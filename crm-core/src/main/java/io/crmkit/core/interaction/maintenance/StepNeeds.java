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

import io.crmkit.core.interaction.CommitmentRecord;
import io.crmkit.core.validation.Require;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

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

  /** What {@code step} needs, and whether the record and this round provide it. */
  public static StepReadiness readiness(MaintenanceStep step, CycleStatus status, RecordView record) {
    Require.notNull(step, "step");
    Require.notNull(status, "status");
    Require.notNull(record, "record");
    List<Provision> provisions = new ArrayList<>();
    for (Map.Entry<RecordItem, Boolean> need : of(step).entrySet()) {
      provisions.add(provision(need.getKey(), need.getValue(), status, record));
    }
    return new StepReadiness(step, provisions);
  }

  private static Provision provision(RecordItem item, boolean required, CycleStatus status, RecordView record) {
    return switch (item) {
      case PROFILE_FACTS -> record.currentFacts() > 0
          ? new Provision(item, required, true, record.currentFacts() + " current facts")
          : new Provision(item, required, false, "no facts on record yet: gather them during the visit");
      case FACTS_TO_COMPLETE -> record.staleFacts().isEmpty()
          ? new Provision(item, required, true, "no stale facts")
          : new Provision(item, required, false, "stale, to complete during the visit: " + record.staleFacts());
      case NO_DISPUTED_FACTS -> record.disputedFacts().isEmpty()
          ? new Provision(item, required, true, "no disputed facts")
          : new Provision(item, required, false, "disputed: " + record.disputedFacts()
              + "; correct or re-verify them first, wrong information is worse than none");
      case APPOINTMENT -> status.appointment()
          .map(d -> new Provision(item, required, true, "appointment for " + d + " agreed at the last re-contact"))
          .orElseGet(() -> new Provision(item, required, false,
              "no appointment from the last visit: book one on the office phone, offering two times to choose"));
      case OPEN_COMMITMENTS -> new Provision(item, required, true, record.openCommitments().isEmpty()
          ? "no open commitments" : record.openCommitments().size() + " open: " + record.openCommitments().stream()
              .map(c -> describe(c, record)).collect(Collectors.joining(", ")));
      case LAST_SATISFACTION_RESULT -> record.lastSatisfaction()
          .map(s -> new Provision(item, required, true, s.outcome() + " on " + s.checkedOn()))
          .orElseGet(() -> new Provision(item, required, false,
              "no satisfaction result on record: ask how satisfied the customer is in the opening"));
      case CONTACT_OF_ROUND -> status.contactOfRound()
          .map(i -> new Provision(item, required, true, "contact " + i + " with an agenda of "
              + status.agendaOfRound().orElseThrow().items().size() + " points, "
              + status.agendaOfRound().orElseThrow().plannedMinutes() + " minutes"))
          .orElseGet(() -> new Provision(item, required, false, "no contact in round " + status.round() + " yet"));
      case CONCERNS_OF_ROUND -> status.concernsOfRound().isEmpty()
          ? new Provision(item, required, false, "no concerns heard in round " + status.round() + " yet")
          : new Provision(item, required, true, status.concernsOfRound().size() + " concerns heard ("
              + count(status, ConcernKind.BUSINESS) + " business, " + count(status, ConcernKind.PERSONAL)
              + " personal)");
      case HELP_OF_ROUND -> status.helpOfRound().isEmpty()
          ? new Provision(item, required, false, "no help given in round " + status.round() + " yet")
          : new Provision(item, required, true, status.helpOfRound().size() + " pieces of help given");
    };
  }

  private static long count(CycleStatus status, ConcernKind kind) {
    return status.concernsOfRound().stream().filter(c -> c.kind() == kind).count();
  }

  private static String describe(CommitmentRecord c, RecordView record) {
    long late = c.daysOverdueOn(record.today());
    return c.commitment().id() + " due " + c.commitment().dueOn() + (late > 0 ? " (overdue " + late + " days)" : "");
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
