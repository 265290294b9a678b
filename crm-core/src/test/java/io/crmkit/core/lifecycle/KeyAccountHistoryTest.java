package io.crmkit.core.lifecycle;

import static io.crmkit.core.lifecycle.KeyAccountStage.GESTATION;
import static io.crmkit.core.lifecycle.KeyAccountStage.INITIAL;
import static io.crmkit.core.lifecycle.KeyAccountStage.INTERRUPTED;
import static io.crmkit.core.lifecycle.KeyAccountStage.MIDDLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.validation.InvalidValueException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A stored key-account history is read back only when it is one the workflow could have written:
 * it starts with OPEN, counts 1, 2, 3..., never goes back in time, and every move starts where the
 * one before left off and is a row of the table. A forged or damaged history is refused naming the
 * first event that breaks a rule.
 */
class KeyAccountHistoryTest {
  private static final CustomerId ACME = CustomerId.of("c-acme");
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  private static List<KeyAccountEvent> honest() {
    return List.of(
        new KeyAccountEvent(1, new KeyAccountAction.Open(2), T0, GESTATION, GESTATION, "taken up"),
        new KeyAccountEvent(2, new KeyAccountAction.AssignManager(EmployeeId.of("am-1")), T0.plusSeconds(60),
            GESTATION, GESTATION, "an experienced manager"),
        new KeyAccountEvent(3, new KeyAccountAction.StartCooperation(), T0.plusSeconds(3_600), GESTATION, INITIAL,
            "first order"),
        new KeyAccountEvent(4, new KeyAccountAction.Deepen(), T0.plusSeconds(7_200), INITIAL, MIDDLE, "regular trade"),
        new KeyAccountEvent(5, new KeyAccountAction.Interrupt(Set.of(InterruptionCause.SINGLE_CONTACT_RELIANCE)),
            T0.plusSeconds(9_000), MIDDLE, INTERRUPTED, "the buyer left"),
        new KeyAccountEvent(6, new KeyAccountAction.Resume(), T0.plusSeconds(10_000), INTERRUPTED, MIDDLE,
            "back in business"));
  }

  private static List<KeyAccountEvent> with(int index, UnaryOperator<KeyAccountEvent> change) {
    List<KeyAccountEvent> events = new ArrayList<>(honest());
    events.set(index, change.apply(events.get(index)));
    return events;
  }

  private static void refused(List<KeyAccountEvent> events, String message) {
    assertThatThrownBy(() -> KeyAccount.replay(ACME, events)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(message);
  }

  @Test
  void anHonestHistoryIsReadBackAndResumesInTheStageItWasInterruptedIn() {
    KeyAccount account = KeyAccount.replay(ACME, honest());
    assertThat(account.status().stage()).isEqualTo(MIDDLE);
    assertThat(account.status().interruptions()).hasSize(1);
  }

  @Test
  void aHistoryMustStartWithOpenIntoGestationNumberedOne() {
    refused(List.of(), "keyAccount.history must start with OPEN");
    refused(honest().subList(2, 3), "keyAccount.history[0] must be OPEN into GESTATION");
    refused(with(0, e -> new KeyAccountEvent(2, e.action(), e.at(), e.from(), e.to(), e.note())),
        "keyAccount.history[0].sequence must be 1");
    refused(with(0, e -> new KeyAccountEvent(1, e.action(), e.at(), GESTATION, INITIAL, e.note())),
        "keyAccount.history[0] must be OPEN into GESTATION");
  }

  @Test
  void aGapOrAStepBackInTimeIsRefusedByTheEventThatBreaksIt() {
    refused(with(3, e -> new KeyAccountEvent(5, e.action(), e.at(), e.from(), e.to(), e.note())),
        "keyAccount.history[3].sequence must be 4");
    refused(with(3, e -> new KeyAccountEvent(4, e.action(), T0.minusSeconds(1), e.from(), e.to(), e.note())),
        "keyAccount.history[3].at must not be before the previous event at");
  }

  @Test
  void aMoveMustStartWhereTheLastLeftOffBeAllowedThereAndLeadWhereTheTableSays() {
    refused(with(3, e -> new KeyAccountEvent(4, e.action(), e.at(), GESTATION, e.to(), e.note())),
        "keyAccount.history[3].from must be the stage reached before, INITIAL");
    refused(with(2, e -> new KeyAccountEvent(3, new KeyAccountAction.BecomePartners(), e.at(), e.from(),
        KeyAccountStage.STRATEGIC_PARTNERSHIP, e.note())), "keyAccount.history[2].move must be allowed in GESTATION");
    refused(with(5, e -> new KeyAccountEvent(6, e.action(), e.at(), e.from(), INITIAL, e.note())),
        "keyAccount.history[5].to must be MIDDLE after RESUME");
  }

  @Test
  void anInterruptionRecordNamesAnActiveStageACauseAndEndsByResumeOrRestartOnly() {
    assertThatThrownBy(() -> new Interruption(T0, INTERRUPTED, Set.of(InterruptionCause.SINGLE_CONTACT_RELIANCE),
        java.util.Optional.empty(), java.util.Optional.empty())).hasMessageContaining(
            "interruption.interruptedIn must be an active stage");
    assertThatThrownBy(() -> new Interruption(T0, MIDDLE, Set.of(), java.util.Optional.empty(),
        java.util.Optional.empty())).hasMessageContaining("interruption.causes must name at least one cause");
    assertThatThrownBy(() -> new Interruption(T0, MIDDLE, Set.of(InterruptionCause.SINGLE_CONTACT_RELIANCE),
        java.util.Optional.of(T0), java.util.Optional.empty())).hasMessageContaining("interruption.endedBy");
    assertThatThrownBy(() -> new Interruption(T0, MIDDLE, Set.of(InterruptionCause.SINGLE_CONTACT_RELIANCE),
        java.util.Optional.of(T0), java.util.Optional.of(KeyAccountMove.DEEPEN)))
        .hasMessageContaining("interruption.endedBy");
    Interruption resumed = new Interruption(T0, MIDDLE, Set.of(InterruptionCause.SINGLE_CONTACT_RELIANCE),
        java.util.Optional.of(T0.plusSeconds(60)), java.util.Optional.of(KeyAccountMove.RESUME));
    assertThat(resumed.endedBy()).contains(KeyAccountMove.RESUME);
  }
}
