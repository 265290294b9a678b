package io.crmkit.core.interaction.maintenance;

import static io.crmkit.core.interaction.maintenance.CycleState.CONTACTED;
import static io.crmkit.core.interaction.maintenance.CycleState.HELPED;
import static io.crmkit.core.interaction.maintenance.CycleState.INFORMATION_INTEGRATED;
import static io.crmkit.core.interaction.maintenance.CycleState.RECONTACTED;
import static io.crmkit.core.interaction.maintenance.CycleState.STARTED;
import static io.crmkit.core.interaction.maintenance.CycleState.UNDERSTOOD;
import static io.crmkit.core.interaction.maintenance.MaintenanceFixtures.CHEN;
import static io.crmkit.core.interaction.maintenance.MaintenanceFixtures.FEE_COMPARISON;
import static io.crmkit.core.interaction.maintenance.MaintenanceFixtures.HUAXIN;
import static io.crmkit.core.interaction.maintenance.MaintenanceFixtures.NOV_1_9AM;
import static io.crmkit.core.interaction.maintenance.MaintenanceFixtures.SHANGHAI;
import static io.crmkit.core.interaction.maintenance.MaintenanceStep.CONTACT_WARMLY;
import static io.crmkit.core.interaction.maintenance.MaintenanceStep.HELP_COMPREHENSIVELY;
import static io.crmkit.core.interaction.maintenance.MaintenanceStep.INTEGRATE_INFORMATION;
import static io.crmkit.core.interaction.maintenance.MaintenanceStep.RECONTACT;
import static io.crmkit.core.interaction.maintenance.MaintenanceStep.UNDERSTAND_DEEPLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.interaction.InteractionId;
import io.crmkit.core.interaction.maintenance.MaintenanceAction.ContactWarmly;
import io.crmkit.core.interaction.maintenance.MaintenanceAction.HelpComprehensively;
import io.crmkit.core.interaction.maintenance.MaintenanceAction.IntegrateInformation;
import io.crmkit.core.interaction.maintenance.MaintenanceAction.Recontact;
import io.crmkit.core.interaction.maintenance.MaintenanceAction.UnderstandDeeply;
import io.crmkit.core.satisfaction.SatisfactionOutcome;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Stateful property: generated sequences of steps, most of them allowed and some spoiled on purpose
 * (an agenda that leaves out the open promise, help for a concern nobody heard, a memo that forgets
 * the promise, an appointment that is not ahead, the stale fact not listed), are applied to the engine
 * and to a model written independently here. After every step: the engine accepts exactly what the
 * model accepts and refuses the rest with the right exception; the state agrees; the history is
 * append-only and replays to the same cycle; rounds open exactly on integration from STARTED or
 * RECONTACTED; and the advised next step is always one the table allows.
 */
class MaintenanceCycleProperties {
  private static final MaintenanceRecord RECORD = MaintenanceFixtures.record();

  /** One generated move: which step (from the allowed ones mostly), whether spoiled, how long after. */
  static final class Move {
    final int pick;
    final boolean anyStep;
    final boolean spoiled;
    final int hoursLater;

    Move(int pick, boolean anyStep, boolean spoiled, int hoursLater) {
      this.pick = pick;
      this.anyStep = anyStep;
      this.spoiled = spoiled;
      this.hoursLater = hoursLater;
    }

    @Override
    public String toString() {
      return "+" + hoursLater + "h " + (anyStep ? "any#" : "allowed#") + pick + (spoiled ? " spoiled" : "");
    }
  }

  private static Gen<Move> moves() {
    return integers().between(0, 1_000).zip(integers().between(0, 9), integers().between(0, 9),
        integers().between(0, 200), (pick, kind, spoil, later) -> new Move(pick, kind < 2, spoil < 2, later));
  }

  /** The model: the table written out again, and the facts of the round that the guards read. */
  static final class Model {
    static final Map<CycleState, Map<MaintenanceStep, CycleState>> TABLE = table();

    CycleState state = STARTED;
    int round;
    final Set<FactKey> listed = new HashSet<>();
    final List<Concern> concerns = new ArrayList<>();

    static Map<CycleState, Map<MaintenanceStep, CycleState>> table() {
      Map<CycleState, Map<MaintenanceStep, CycleState>> t = new EnumMap<>(CycleState.class);
      for (CycleState s : CycleState.values()) {
        t.put(s, new LinkedHashMap<>());
      }
      t.get(STARTED).put(INTEGRATE_INFORMATION, INFORMATION_INTEGRATED);
      t.get(INFORMATION_INTEGRATED).put(INTEGRATE_INFORMATION, INFORMATION_INTEGRATED);
      t.get(INFORMATION_INTEGRATED).put(CONTACT_WARMLY, CONTACTED);
      t.get(CONTACTED).put(INTEGRATE_INFORMATION, CONTACTED);
      t.get(CONTACTED).put(UNDERSTAND_DEEPLY, UNDERSTOOD);
      t.get(UNDERSTOOD).put(INTEGRATE_INFORMATION, UNDERSTOOD);
      t.get(UNDERSTOOD).put(UNDERSTAND_DEEPLY, UNDERSTOOD);
      t.get(UNDERSTOOD).put(HELP_COMPREHENSIVELY, HELPED);
      t.get(HELPED).put(INTEGRATE_INFORMATION, HELPED);
      t.get(HELPED).put(HELP_COMPREHENSIVELY, HELPED);
      t.get(HELPED).put(RECONTACT, RECONTACTED);
      t.get(RECONTACTED).put(INTEGRATE_INFORMATION, INFORMATION_INTEGRATED);
      return t;
    }

    boolean opensRound(MaintenanceStep step) {
      return step == INTEGRATE_INFORMATION && (state == STARTED || state == RECONTACTED);
    }

    /** Whether the guards accept the action; a spoiled integration passes when this round listed every stale fact. */
    boolean accepts(MaintenanceStep step, boolean spoiled, List<FactKey> stale) {
      if (step == INTEGRATE_INFORMATION) {
        return !spoiled || stale.isEmpty() || (!opensRound(step) && listed.containsAll(stale));
      }
      return !spoiled || step == UNDERSTAND_DEEPLY; // a concern heard has nothing to spoil
    }

    void apply(MaintenanceStep step, MaintenanceAction action) {
      if (opensRound(step)) {
        round++;
        listed.clear();
        concerns.clear();
      }
      if (action instanceof IntegrateInformation i) {
        listed.addAll(i.toComplete());
      }
      if (action instanceof UnderstandDeeply u) {
        concerns.addAll(u.concerns());
      }
      state = TABLE.get(state).get(step);
    }
  }

  private static MaintenanceAction action(MaintenanceStep step, boolean spoiled, Model model, int n, LocalDate today,
      List<FactKey> stale) {
    return switch (step) {
      case INTEGRATE_INFORMATION -> new IntegrateInformation(spoiled ? List.of() : stale);
      case CONTACT_WARMLY -> new ContactWarmly(InteractionId.of("I-" + n), new Agenda("regular visit",
          spoiled ? List.of(AgendaItem.of("news", 10))
              : List.of(AgendaItem.of("news", 10), AgendaItem.takingUp(FEE_COMPARISON, "the promise", 10)),
          Optional.empty(), true));
      case UNDERSTAND_DEEPLY -> new UnderstandDeeply(List.of(n % 2 == 0 ? Concern.business("concern " + n)
          : Concern.personal("concern " + n)));
      case HELP_COMPREHENSIVELY -> new HelpComprehensively(List.of(new Help(spoiled || model.concerns.isEmpty()
          ? Concern.business("never heard " + n) : model.concerns.get(n % model.concerns.size()), "help " + n)));
      case RECONTACT -> new Recontact(InteractionId.of("I-" + n),
          new SatisfactionCheck(SatisfactionOutcome.values()[n % 3], today),
          n % 2 == 0
              ? new Memo(spoiled ? List.of() : List.of(FEE_COMPARISON), List.of(), Optional.of(today.plusDays(20)))
              : new Memo(List.of(FEE_COMPARISON), List.of(), Optional.of(spoiled ? today : today.plusDays(30))));
    };
  }

  private static final AtomicLong TAKEN = new AtomicLong();
  private static final Map<CycleState, Long> VISITED = new ConcurrentHashMap<>();

  @AfterAll
  static void theSequencesReachedEveryStateAndTookSteps() {
    assertThat(VISITED.keySet()).containsExactlyInAnyOrder(CycleState.values());
    assertThat(TAKEN.get()).isGreaterThan(1_000);
  }

  @Test
  void anySequenceOfMovesKeepsTheHistoryReplayableAndTheNextStepAllowed() {
    qt().withExamples(150).forAll(lists().of(moves()).ofSizeBetween(1, 40)).checkAssert(sequence -> {
      MovableClock clock = new MovableClock(NOV_1_9AM, SHANGHAI);
      MaintenanceCycles cycles = MaintenanceCycles.on(clock);
      MaintenanceCycle cycle = cycles.start(HUAXIN);
      Model model = new Model();
      int n = 0;
      for (Move move : sequence) {
        n++;
        clock.advance(Duration.ofHours(move.hoursLater));
        List<MaintenanceStep> allowed = new ArrayList<>(Model.TABLE.get(model.state).keySet());
        MaintenanceStep step = move.anyStep ? MaintenanceStep.values()[move.pick % 5]
            : allowed.get(move.pick % allowed.size());
        // the stale facts as the customer record itself reports them, independently of the engine
        List<FactKey> stale = RECORD.customer().staleFacts(Duration.ofDays(180), clock).stream()
            .map(ProfileFact::key).toList();
        MaintenanceAction action = action(step, move.spoiled, model, n, LocalDate.now(clock), stale);
        MaintenanceCycle before = cycle;
        try {
          cycle = cycles.apply(cycle, MaintenanceCommand.by(CHEN, action), RECORD);
          assertThat(allowed).as("engine took %s in %s", step, model.state).contains(step);
          assertThat(model.accepts(step, move.spoiled, stale)).as("engine let a spoiled %s through in %s after %s: %s", step,
              before.state(), n, cycle.describeHistory()).isTrue();
          int roundBefore = model.round;
          model.apply(step, action);
          assertThat(cycle.status().round()).isEqualTo(model.round);
          assertThat(cycle.status().round() - roundBefore).isIn(0, 1);
          assertThat(cycle.history()).hasSize(before.history().size() + 1);
          assertThat(cycle.history().subList(0, before.history().size())).isEqualTo(before.history());
          TAKEN.incrementAndGet();
        } catch (IllegalMaintenanceStepException e) {
          assertThat(allowed).doesNotContain(step);
          assertThat(e.state()).isEqualTo(model.state);
          assertThat(e.allowed()).containsExactlyInAnyOrderElementsOf(allowed);
        } catch (MaintenanceStepRefusedException e) {
          assertThat(allowed).contains(step);
          assertThat(model.accepts(step, move.spoiled, stale)).as("engine refused a sound %s: %s", step, e.getMessage())
              .isFalse();
          assertThat(e.rule()).isIn(MaintenanceGuards.allCurrentGuards().stream().map(MaintenanceGuard::name).toList());
        }
        assertThat(cycle.state()).isEqualTo(model.state);
        VISITED.merge(cycle.state(), 1L, Long::sum);
        MaintenanceCycle replayed = MaintenanceCycle.replay(HUAXIN, cycle.history());
        assertThat(replayed).isEqualTo(cycle);
        assertThat(replayed.status()).isEqualTo(cycle.status());
        NextStep next = cycles.nextStep(cycle, RECORD);
        if (!MaintenanceWorkflow.allowedSteps(cycle.state()).contains(next.step())) {
          fail("next step %s is not allowed in %s after %s", next.step(), cycle.state(), sequence);
        }
        assertThat(Set.copyOf(Model.TABLE.get(cycle.state()).keySet()))
            .isEqualTo(Set.copyOf(MaintenanceWorkflow.allowedSteps(cycle.state())));
      }
    });
  }
}
