package io.crmkit.core.interaction.maintenance;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.interaction.CommitmentRecord;
import io.crmkit.core.validation.Require;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine of the five-step maintenance cycle: starts a customer's cycle, says what a step needs
 * and what is missing, advises the next step with its reason, and takes steps. A step must be allowed
 * by the {@link MaintenanceWorkflow} table in the cycle's state (else {@link
 * IllegalMaintenanceStepException} naming the state and the allowed steps) and pass every guard (else
 * {@link MaintenanceStepRefusedException} naming the rule); it is then recorded at the clock's instant
 * and the cycle returned is a new version.
 *
 * <p>Facts not confirmed within {@link #factMaxAge()} count as stale, to be completed during the
 * visit.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MaintenanceCycles {
  private static final Logger LOG = LoggerFactory.getLogger(MaintenanceCycles.class);
  private static final Map<MaintenanceStep, String> WHY = why();

  public abstract Clock clock();

  /** How long a fact stays fresh without being confirmed. */
  @Value.Default
  public Duration factMaxAge() {
    return Duration.ofDays(180);
  }

  /** Guards a host adds to those of the guide. */
  public abstract List<MaintenanceGuard> extraGuards();

  /** An engine with the guide's rules on {@code clock}. */
  public static MaintenanceCycles on(Clock clock) {
    return ImmutableMaintenanceCycles.builder().clock(clock).build();
  }

  public static ImmutableMaintenanceCycles.Builder builder() {
    return ImmutableMaintenanceCycles.builder();
  }

  @Value.Check
  protected void check() {
    Require.positive(factMaxAge(), "maintenanceCycles.factMaxAge");
  }

  /** Every guard this engine applies: those of the guide, then the host's. */
  @Value.Lazy
  public List<MaintenanceGuard> guards() {
    List<MaintenanceGuard> all = new ArrayList<>(MaintenanceGuards.allCurrentGuards());
    all.addAll(extraGuards());
    return List.copyOf(all);
  }

  /** A new cycle for {@code customer}: nothing done yet. */
  public MaintenanceCycle start(CustomerId customer) {
    return MaintenanceCycle.replay(customer, List.of());
  }

  /** The record as the cycle's steps see it today. */
  public RecordView view(MaintenanceCycle cycle, MaintenanceRecord record) {
    Require.notNull(cycle, "cycle");
    Require.notNull(record, "record");
    Require.that(record.customer().id().equals(cycle.customer()) || record.customer().isKnownAs(cycle.customer()),
        "record.customer", "must be the cycle's customer " + cycle.customer(), record.customer().id());
    LocalDate today = LocalDate.now(clock());
    List<FactKey> stale = record.customer().staleFacts(factMaxAge(), clock()).stream().map(ProfileFact::key).toList();
    List<FactKey> disputed = record.customer().disputedFacts().stream().map(ProfileFact::key).toList();
    List<CommitmentRecord> open = record.commitments().all().stream().filter(c -> c.stateOn(today).isOpen()).toList();
    Optional<SatisfactionCheck> last = Stream.of(record.lastSatisfaction(), cycle.status().lastSatisfaction())
        .flatMap(Optional::stream).max(Comparator.comparing(SatisfactionCheck::checkedOn));
    return new RecordView(today, record.customer().currentFacts().size(), stale, disputed, open, last);
  }

  /** What {@code step} needs from the record now, and what is missing. */
  public StepReadiness readiness(MaintenanceCycle cycle, MaintenanceStep step, MaintenanceRecord record) {
    Require.notNull(step, "step");
    return StepNeeds.readiness(step, cycle.status(), view(cycle, record));
  }

  /**
   * The step to take next and why: the main-path step from the cycle's state, or information
   * integration first when disputed facts stand in the way of the contact. Always a step the table
   * allows in the state.
   */
  public NextStep nextStep(MaintenanceCycle cycle, MaintenanceRecord record) {
    RecordView view = view(cycle, record);
    CycleStatus status = cycle.status();
    MaintenanceStep forward = MaintenanceWorkflow.forward(status.state()).step();
    StepReadiness readiness = StepNeeds.readiness(forward, status, view);
    List<Provision> blocking = readiness.provisions().stream().filter(Provision::blocks).toList();
    boolean disputed = blocking.stream().anyMatch(p -> p.item() == RecordItem.NO_DISPUTED_FACTS);
    if (disputed && MaintenanceWorkflow.allowedSteps(status.state()).contains(MaintenanceStep.INTEGRATE_INFORMATION)) {
      return new NextStep(MaintenanceStep.INTEGRATE_INFORMATION, "integrate the record again before "
          + forward + ": " + view.disputedFacts() + " disputed, and wrong information is worse than none",
          StepNeeds.readiness(MaintenanceStep.INTEGRATE_INFORMATION, status, view));
    }
    String why = WHY.get(forward);
    if (status.state() == CycleState.RECONTACTED) {
      why = "round " + status.round() + " is complete; " + why;
    }
    if (!blocking.isEmpty()) {
      why += "; first provide " + blocking.stream().map(p -> p.item().name()).collect(Collectors.joining(", "));
    }
    return new NextStep(forward, why, readiness);
  }

  /** The guard that would refuse {@code command} now, with its reason; empty if the step may be taken. */
  public Optional<MaintenanceStepRefusedException> refusal(MaintenanceCycle cycle, MaintenanceCommand command,
      MaintenanceRecord record) {
    Require.notNull(command, "command");
    RecordView view = view(cycle, record);
    for (MaintenanceGuard guard : guards()) {
      Optional<String> reason = guard.refusal(cycle.status(), command, view);
      if (reason.isPresent()) {
        return Optional.of(new MaintenanceStepRefusedException(cycle.customer(), command.step(), guard.name(),
            reason.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * Takes a step.
   *
   * @throws IllegalMaintenanceStepException if the table does not allow the step in the cycle's state
   * @throws MaintenanceStepRefusedException if a guard refuses it
   */
  public MaintenanceCycle apply(MaintenanceCycle cycle, MaintenanceCommand command, MaintenanceRecord record) {
    Require.notNull(cycle, "cycle");
    Require.notNull(command, "command");
    Require.notNull(record, "record");
    CycleState state = cycle.state();
    MaintenanceTransition row = MaintenanceWorkflow.transition(state, command.step()).orElseThrow(() ->
        new IllegalMaintenanceStepException(cycle.customer(), state, command.step(),
            MaintenanceWorkflow.allowedSteps(state)));
    Optional<MaintenanceStepRefusedException> refused = refusal(cycle, command, record);
    if (refused.isPresent()) {
      throw refused.get();
    }
    Instant now = clock().instant();
    cycle.status().lastStepAt().ifPresent(last -> Require.that(!now.isBefore(last), "clock",
        "must not run backwards before the last step at " + last, now));
    int round = MaintenanceCycle.opensRound(state, command.step()) ? cycle.status().round() + 1 : cycle.status().round();
    MaintenanceEvent event = new MaintenanceEvent(cycle.history().size() + 1, now, command.actor(), round, state,
        row.to(), command.action());
    LOG.debug("maintenance cycle {}: {} {} -> {}", cycle.customer(), command.step(), state, row.to());
    return cycle.append(event);
  }

  private static Map<MaintenanceStep, String> why() {
    Map<MaintenanceStep, String> why = new EnumMap<>(MaintenanceStep.class);
    why.put(MaintenanceStep.INTEGRATE_INFORMATION,
        "integrate the customer's information before contact and note what to complete in the visit");
    why.put(MaintenanceStep.CONTACT_WARMLY, "contact the customer, prepared with the information and an agenda");
    why.put(MaintenanceStep.UNDERSTAND_DEEPLY,
        "learn what matters most to the customer, in business and personally");
    why.put(MaintenanceStep.HELP_COMPREHENSIVELY, "help with the concerns heard, choosing what fits this customer");
    why.put(MaintenanceStep.RECONTACT, "contact the customer again: check satisfaction and confirm the commitments "
        + "in a memo");
    return why;
  }
}
