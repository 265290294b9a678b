package io.crmkit.core.lifecycle;

import io.crmkit.core.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.RelationshipRisk;
import io.crmkit.core.customize.Recommendation;
import io.crmkit.core.customize.TreatmentPlan;
import io.crmkit.core.lifecycle.KeyAccountAction.AssignManager;
import io.crmkit.core.lifecycle.KeyAccountAction.BecomePartners;
import io.crmkit.core.lifecycle.KeyAccountAction.ChangeContacts;
import io.crmkit.core.lifecycle.KeyAccountAction.Deepen;
import io.crmkit.core.lifecycle.KeyAccountAction.Interrupt;
import io.crmkit.core.lifecycle.KeyAccountAction.Resume;
import io.crmkit.core.lifecycle.KeyAccountAction.StartCooperation;
import io.crmkit.core.validation.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A key account's journey after the course material (004): courted in gestation, first deals,
 * regular trade; a new contact person at the client does not accept our products and the
 * relationship breaks; the causes are recorded, the warning that came before is visible, and the
 * relationship resumes in the stage it left.
 */
class KeyAccountScenarioTest {
  private static final CustomerId ACME = CustomerId.of("acme-logistics");
  private static final EmployeeId WANG = EmployeeId.of("em-wang");
  private static final EmployeeId LI = EmployeeId.of("em-li");
  private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

  private final TestClock clock = new TestClock(START);
  private final KeyAccountRelationships relationships = KeyAccountRelationships.on(clock);

  @Test
  void aKeyAccountInterruptedByANewContactPersonIsResumedInTheStageItLeft() {
    // Gestation: a prospect reached through one contact person; a senior manager is assigned first.
    KeyAccount acme = relationships.open(ACME, 1, "met the logistics director at the fair");
    assertThat(acme.stage()).isEqualTo(KeyAccountStage.GESTATION);
    acme = relationships.apply(acme, new AssignManager(WANG), "senior manager with a sales background");
    clock.advance(Duration.ofDays(40));
    acme = relationships.apply(acme, new StartCooperation(), "first contract signed");
    clock.advance(Duration.ofDays(200));
    acme = relationships.apply(acme, new Deepen(), "orders every month, three product lines");
    assertThat(acme.stage()).isEqualTo(KeyAccountStage.MIDDLE);

    // Before anything breaks, the single contact person is already a warning.
    List<InterruptionWarning> before = InterruptionWarnings.of(acme, Set.of(RelationshipRisk.SINGLE_CONTACT_PERSON),
        clock.instant());
    assertThat(before).extracting(InterruptionWarning::cause).containsExactly(InterruptionCause.SINGLE_CONTACT_RELIANCE);
    // The warning reads in English as before and in the words of 004 on a Chinese screen.
    assertThat(before.get(0).reason()).isEqualTo("the relationship hangs on a single contact person");
    assertThat(before.get(0).describe(java.util.Locale.ENGLISH)).isEqualTo(before.get(0).describe());
    assertThat(before.get(0).describe(java.util.Locale.SIMPLIFIED_CHINESE)).startsWith(
        "关系间断预警（过分依赖单一联系人），客户 ").contains("：过分依赖单一联系人；在这位联系人离开之前，建立多层面的接触");

    // The contact is replaced; the newcomer does not accept our products: a new warning, then the break.
    clock.advance(Duration.ofDays(10));
    acme = relationships.apply(acme, new ChangeContacts(1, true), "new purchasing head");
    assertThat(InterruptionWarnings.of(acme, Set.of(), clock.instant())).extracting(InterruptionWarning::rule)
        .containsExactly("single-contact-person", "new-key-contact");
    clock.advance(Duration.ofDays(20));
    acme = relationships.apply(acme, new Interrupt(Set.of(InterruptionCause.NEW_CONTACT_REJECTS_PRODUCT,
        InterruptionCause.SINGLE_CONTACT_RELIANCE)), "new head moved the orders to a competitor");
    assertThat(acme.stage()).isEqualTo(KeyAccountStage.INTERRUPTED);
    assertThat(InterruptionWarnings.of(acme, Set.of(RelationshipRisk.SINGLE_CONTACT_PERSON), clock.instant()))
        .as("an interrupted account has broken already: no more warnings").isEmpty();

    // Resumed after meetings at several levels: back in the middle stage, with the interruption on record.
    clock.advance(Duration.ofDays(60));
    acme = relationships.apply(acme, new ChangeContacts(3, false), "met the CFO and the IT lead as well");
    acme = relationships.apply(acme, new Resume(), "orders return after a joint review");
    assertThat(acme.stage()).isEqualTo(KeyAccountStage.MIDDLE);
    Interruption recorded = acme.status().interruptions().get(0);
    assertThat(recorded.interruptedIn()).isEqualTo(KeyAccountStage.MIDDLE);
    assertThat(recorded.endedBy()).contains(KeyAccountMove.RESUME);
    assertThat(recorded.hasInternalCause()).isTrue();

    // The history replays to the same account.
    assertThat(KeyAccount.replay(ACME, acme.history())).isEqualTo(acme);
    assertThat(acme.describeHistory()).contains("INTERRUPT MIDDLE -> INTERRUPTED", "RESUME INTERRUPTED -> MIDDLE");

    InterruptionAnalytics figures = InterruptionAnalytics.of(List.of(acme));
    assertThat(figures.interruptions()).isEqualTo(1);
    assertThat(figures.byKind()).containsEntry(CauseKind.INTERNAL, 1).doesNotContainKey(CauseKind.EXTERNAL);
    assertThat(figures.byCause()).containsEntry(InterruptionCause.NEW_CONTACT_REJECTS_PRODUCT, 1);
    assertThat(figures.keyPersonChanges()).isEqualTo(1);
    assertThat(figures.resumed()).isEqualTo(1);
  }

  @Test
  void theStagesStrategiesReachThePlaybookWithTheirReasons() {
    KeyAccount acme = inMiddleStage(1);
    TreatmentPlan plan = KeyAccountStrategies.playbook()
        .recommend(KeyAccountStrategies.situation(acme, Set.of(RelationshipRisk.SINGLE_CONTACT_PERSON)).build());
    assertThat(plan.recommendations()).extracting(Recommendation::rule)
        .contains("interruption-warning-single-contact", "key-account-middle-service-meetings",
            "key-account-middle-key-customer-club")
        .doesNotContain("key-account-gestation-establish-brand", "key-account-partnership-vip-recognition");
    Recommendation meetings = plan.recommendations().stream()
        .filter(r -> r.rule().equals("key-account-middle-service-meetings")).findFirst().orElseThrow();
    assertThat(meetings.because()).containsExactly("key-account-stage = MIDDLE");
    assertThat(meetings.action()).startsWith("hold regular key-account service meetings (why: ");
    Recommendation warning = plan.recommendations().get(0);
    assertThat(warning.rule()).isEqualTo("interruption-warning-single-contact");
    assertThat(warning.because()).contains("risk = SINGLE_CONTACT_PERSON", "key-account-stage = MIDDLE");
  }

  @Test
  void aStrategicPartnerKeepsEveryMiddleStageService() {
    assertThat(KeyAccountStrategies.forStage(KeyAccountStage.STRATEGIC_PARTNERSHIP))
        .containsAll(KeyAccountStrategies.forStage(KeyAccountStage.MIDDLE))
        .contains(KeyAccountStrategy.PARTNERSHIP_JOINT_BUSINESS, KeyAccountStrategy.PARTNERSHIP_VIP_RECOGNITION);
    assertThat(KeyAccountStrategies.forStage(KeyAccountStage.GESTATION)).hasSize(4);
    assertThat(KeyAccountStrategies.forStage(KeyAccountStage.INITIAL)).hasSize(6);
    assertThat(KeyAccountStrategies.forStage(KeyAccountStage.INTERRUPTED)).isEmpty();
  }

  @Test
  void anIllegalMoveNamesTheStageTheMoveAndTheAllowedMoves() {
    KeyAccount prospect = relationships.open(ACME, 2, "first visit");
    assertThatThrownBy(() -> relationships.apply(prospect, new BecomePartners(), "too early"))
        .isInstanceOfSatisfying(IllegalKeyAccountMoveException.class, e -> {
          assertThat(e.stage()).isEqualTo(KeyAccountStage.GESTATION);
          assertThat(e.attempted()).isEqualTo(KeyAccountMove.BECOME_PARTNERS);
          assertThat(e.allowed()).contains(KeyAccountMove.START_COOPERATION, KeyAccountMove.INTERRUPT);
        })
        .hasMessage("Key account acme-logistics is GESTATION: BECOME_PARTNERS is not allowed; allowed are "
            + "[START_COOPERATION, INTERRUPT, ASSIGN_MANAGER, CHANGE_CONTACTS]");
    assertThatThrownBy(() -> relationships.apply(prospect, new Resume(), "nothing to resume"))
        .isInstanceOf(IllegalKeyAccountMoveException.class).hasMessageContaining("RESUME is not allowed");
  }

  @Test
  void noCooperationStartsBeforeAnAccountManagerIsAssigned() {
    KeyAccount prospect = relationships.open(ACME, 2, "first visit");
    assertThatThrownBy(() -> relationships.apply(prospect, new StartCooperation(), "deal"))
        .isInstanceOfSatisfying(KeyAccountMoveRefusedException.class,
            e -> assertThat(e.rule()).isEqualTo("manager-before-cooperation"))
        .hasMessageContaining("assign an experienced account manager");
  }

  @Test
  void noPartnershipWhileTheRelationshipHangsOnOneContact() {
    KeyAccount single = inMiddleStage(1);
    assertThatThrownBy(() -> relationships.apply(single, new BecomePartners(), "joint venture"))
        .isInstanceOfSatisfying(KeyAccountMoveRefusedException.class,
            e -> assertThat(e.rule()).isEqualTo("multi-level-before-partnership"));
    KeyAccount partner = relationships.apply(relationships.apply(single, new ChangeContacts(3, false), "CFO met"),
        new BecomePartners(), "joint venture");
    assertThat(partner.stage()).isEqualTo(KeyAccountStage.STRATEGIC_PARTNERSHIP);
  }

  @Test
  void managersAreNotChangedWithinTheMinimumTenure() {
    KeyAccount acme = relationships.apply(relationships.open(ACME, 2, "visit"), new AssignManager(WANG), "assigned");
    clock.advance(Duration.ofDays(30));
    KeyAccount early = acme;
    assertThatThrownBy(() -> relationships.apply(early, new AssignManager(LI), "reorganisation"))
        .isInstanceOfSatisfying(KeyAccountMoveRefusedException.class,
            e -> assertThat(e.rule()).isEqualTo("no-frequent-manager-change"));
    assertThatThrownBy(() -> relationships.apply(early, new AssignManager(WANG), "again"))
        .isInstanceOf(KeyAccountMoveRefusedException.class);
    clock.advance(Duration.ofDays(180));
    assertThat(relationships.apply(acme, new AssignManager(LI), "handover in person").status().manager())
        .contains(LI);
  }

  @Test
  void anInterruptionMustNameItsCauses() {
    assertThatThrownBy(() -> new Interrupt(Set.of()))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("keyAccountAction.causes"));
  }

  @Test
  void aHistoryThatSkipsAStageDoesNotReplay() {
    KeyAccount acme = inMiddleStage(2);
    List<KeyAccountEvent> events = new java.util.ArrayList<>(acme.history());
    KeyAccountEvent deepen = events.get(events.size() - 1);
    events.remove(events.size() - 2); // drop START_COOPERATION
    events.set(events.size() - 1, new KeyAccountEvent(deepen.sequence() - 1, deepen.action(), deepen.at(),
        deepen.from(), deepen.to(), deepen.note()));
    assertThatThrownBy(() -> KeyAccount.replay(ACME, events))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("keyAccount.history[2].from"));
  }

  private KeyAccount inMiddleStage(int contacts) {
    KeyAccount a = relationships.open(ACME, contacts, "visit");
    a = relationships.apply(a, new AssignManager(WANG), "assigned");
    a = relationships.apply(a, new StartCooperation(), "first deal");
    return relationships.apply(a, new Deepen(), "regular orders");
  }
}
