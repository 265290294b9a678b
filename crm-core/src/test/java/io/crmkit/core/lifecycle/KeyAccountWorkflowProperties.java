package io.crmkit.core.lifecycle;

import io.crmkit.core.TestClock;

import static io.crmkit.core.lifecycle.KeyAccountMove.*;
import static io.crmkit.core.lifecycle.KeyAccountStage.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Stateful property: generated sequences of moves are applied to the engine and to a model written
 * independently here. After every move: the engine accepts exactly what the model accepts, both agree
 * on the stage, the history only grows, and replaying it rebuilds the same account. A failure prints
 * the shrunk sequence.
 */
class KeyAccountWorkflowProperties {
  private static final CustomerId ACCOUNT = CustomerId.of("key-1");
  private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
  private static final List<EmployeeId> MANAGERS = List.of(EmployeeId.of("em-a"), EmployeeId.of("em-b"));

  /** One generated step: which move, after how many days, with what data. */
  record Step(int move, int daysLater, int data) {
    @Override
    public String toString() {
      return "+" + daysLater + "d " + KeyAccountMove.values()[move] + " data " + data;
    }
  }

  private static Gen<Step> steps() {
    return integers().between(1, KeyAccountMove.values().length - 1).zip(integers().between(0, 200),
        integers().between(0, 1_000), Step::new);
  }

  /** The independent model: the moves each stage allows, and the facts the guards read. */
  static final class Model {
    KeyAccountStage stage = GESTATION;
    KeyAccountStage interruptedFrom;
    EmployeeId manager;
    Instant managerSince;
    int contacts = 1;

    Set<KeyAccountMove> allowed() {
      Set<KeyAccountMove> m = EnumSet.of(ASSIGN_MANAGER, CHANGE_CONTACTS);
      switch (stage) {
        case GESTATION -> m.addAll(List.of(START_COOPERATION, INTERRUPT));
        case INITIAL -> m.addAll(List.of(DEEPEN, INTERRUPT));
        case MIDDLE -> m.addAll(List.of(BECOME_PARTNERS, INTERRUPT));
        case STRATEGIC_PARTNERSHIP -> m.add(INTERRUPT);
        case INTERRUPTED -> m.addAll(List.of(RESUME, RESTART));
      }
      return m;
    }

    boolean accepts(KeyAccountAction a, Instant now) {
      if (!allowed().contains(a.move())) {
        return false;
      }
      return switch (a.move()) {
        case START_COOPERATION -> manager != null;
        case BECOME_PARTNERS -> contacts >= 2;
        case ASSIGN_MANAGER -> manager == null || (!managerSince.plus(Duration.ofDays(180)).isAfter(now)
            && !manager.equals(((KeyAccountAction.AssignManager) a).manager()));
        default -> true;
      };
    }

    void apply(KeyAccountAction a, Instant now) {
      switch (a.move()) {
        case START_COOPERATION -> stage = INITIAL;
        case DEEPEN -> stage = MIDDLE;
        case BECOME_PARTNERS -> stage = STRATEGIC_PARTNERSHIP;
        case INTERRUPT -> {
          interruptedFrom = stage;
          stage = INTERRUPTED;
        }
        case RESUME -> stage = interruptedFrom;
        case RESTART -> stage = GESTATION;
        case ASSIGN_MANAGER -> {
          manager = ((KeyAccountAction.AssignManager) a).manager();
          managerSince = now;
        }
        case CHANGE_CONTACTS -> contacts = ((KeyAccountAction.ChangeContacts) a).contactPersons();
        default -> throw new IllegalStateException("OPEN is not generated");
      }
    }
  }

  private static KeyAccountAction action(KeyAccountMove move, int data) {
    InterruptionCause[] causes = InterruptionCause.values();
    return switch (move) {
      case START_COOPERATION -> new KeyAccountAction.StartCooperation();
      case DEEPEN -> new KeyAccountAction.Deepen();
      case BECOME_PARTNERS -> new KeyAccountAction.BecomePartners();
      case INTERRUPT -> new KeyAccountAction.Interrupt(EnumSet.of(causes[data % causes.length],
          causes[(data / 10) % causes.length]));
      case RESUME -> new KeyAccountAction.Resume();
      case RESTART -> new KeyAccountAction.Restart();
      case ASSIGN_MANAGER -> new KeyAccountAction.AssignManager(MANAGERS.get(data % 2));
      case CHANGE_CONTACTS -> new KeyAccountAction.ChangeContacts(data % 4, data % 3 == 0);
      case OPEN -> new KeyAccountAction.Open(data % 4);
    };
  }

  @Test
  void anySequenceOfMovesKeepsTheHistoryReplayableAndAgreesWithTheModel() {
    qt().withExamples(300).forAll(lists().of(steps()).ofSizeBetween(1, 40)).checkAssert(sequence -> {
      TestClock clock = new TestClock(START);
      KeyAccountRelationships engine = KeyAccountRelationships.on(clock);
      KeyAccount account = engine.open(ACCOUNT, 1, "opened");
      Model model = new Model();
      List<String> trace = new ArrayList<>();
      for (Step step : sequence) {
        clock.advance(Duration.ofDays(step.daysLater()));
        KeyAccountMove move = KeyAccountMove.values()[step.move()];
        KeyAccountAction action = action(move, step.data());
        boolean expected = model.accepts(action, clock.instant());
        KeyAccount before = account;
        boolean accepted;
        try {
          account = engine.apply(account, action, "step " + step);
          accepted = true;
        } catch (IllegalKeyAccountMoveException | KeyAccountMoveRefusedException refused) {
          accepted = false;
          assertThat(refused.getMessage()).contains(move.name());
        }
        trace.add(step + (accepted ? " taken" : " refused") + " -> " + account.stage());
        assertThat(accepted).as("accepted %s in %s; trace %s", move, model.stage, trace).isEqualTo(expected);
        if (accepted) {
          model.apply(action, clock.instant());
          assertThat(account.history().subList(0, before.history().size())).isEqualTo(before.history());
        } else {
          assertThat(account).isSameAs(before);
        }
        assertThat(account.stage()).as("trace %s", trace).isEqualTo(model.stage);
        assertThat(KeyAccount.replay(ACCOUNT, account.history())).isEqualTo(account);
        long interrupts = account.history().stream().filter(e -> e.move() == INTERRUPT).count();
        assertThat(account.status().interruptions()).hasSize((int) interrupts);
        assertThat(account.status().interruptions().stream().filter(Interruption::isOpen).count())
            .isEqualTo(account.stage() == INTERRUPTED ? 1 : 0);
      }
    });
  }
}
