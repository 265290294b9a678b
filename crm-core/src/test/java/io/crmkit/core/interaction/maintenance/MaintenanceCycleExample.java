package io.crmkit.core.interaction.maintenance;

import static io.crmkit.core.interaction.maintenance.MaintenanceFixtures.CHEN;
import static io.crmkit.core.interaction.maintenance.MaintenanceFixtures.DECISION_MAKER;
import static io.crmkit.core.interaction.maintenance.MaintenanceFixtures.FEE_COMPARISON;
import static io.crmkit.core.interaction.maintenance.MaintenanceFixtures.FLEET_SIZE;
import static io.crmkit.core.interaction.maintenance.MaintenanceFixtures.HUAXIN;
import static io.crmkit.core.interaction.maintenance.MaintenanceFixtures.NOV_1_9AM;
import static io.crmkit.core.interaction.maintenance.MaintenanceFixtures.SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.interaction.InteractionId;
import io.crmkit.core.interaction.maintenance.MaintenanceAction.ContactWarmly;
import io.crmkit.core.interaction.maintenance.MaintenanceAction.HelpComprehensively;
import io.crmkit.core.interaction.maintenance.MaintenanceAction.IntegrateInformation;
import io.crmkit.core.interaction.maintenance.MaintenanceAction.Recontact;
import io.crmkit.core.interaction.maintenance.MaintenanceAction.UnderstandDeeply;
import io.crmkit.core.satisfaction.SatisfactionOutcome;
import io.crmkit.core.validation.InvalidValueException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The account manager's five steps with one key customer, Huaxin Logistics, as the maintenance guide
 * walks them: integrate the information before the visit (the stale fleet size is noted to complete),
 * contact warmly with an agenda that takes up the overdue promise, understand the business and the
 * personal concerns, help with them, and contact again with a satisfaction check and a memo. The
 * next round then starts from the appointment and the satisfaction result the memo left.
 */
class MaintenanceCycleExample {
  private final MovableClock clock = new MovableClock(NOV_1_9AM, SHANGHAI);
  private final MaintenanceCycles cycles = MaintenanceCycles.on(clock);
  private final MaintenanceRecord record = MaintenanceFixtures.record();
  private final Concern cashFlow = Concern.business("fuel costs squeeze cash flow at quarter end");
  private final Concern daughter = Concern.personal("the director's daughter starts university in Chengdu");

  private static MaintenanceCommand by(MaintenanceAction action) {
    return MaintenanceCommand.by(CHEN, action);
  }

  private static Agenda agenda(boolean withPromise) {
    List<AgendaItem> items = new ArrayList<>();
    items.add(AgendaItem.of("how the autumn peak went", 10));
    if (withPromise) {
      items.add(AgendaItem.takingUp(FEE_COMPARISON, "the fleet-card fee comparison, late", 15));
    }
    items.add(AgendaItem.of("the new route card", 15));
    return new Agenda("review the year and the fleet card", items, Optional.of("lower fuel costs next year"), true);
  }

  private MaintenanceCycle throughHelp() {
    MaintenanceCycle c = cycles.apply(cycles.start(HUAXIN), by(new IntegrateInformation(List.of(FLEET_SIZE))), record);
    clock.advance(Duration.ofDays(2));
    c = cycles.apply(c, by(new ContactWarmly(InteractionId.of("I-1103"), agenda(true))), record);
    c = cycles.apply(c, by(new UnderstandDeeply(List.of(cashFlow, daughter))), record);
    clock.advance(Duration.ofDays(3));
    return cycles.apply(c, by(new HelpComprehensively(List.of(new Help(cashFlow, "a fuel card with monthly billing"),
        new Help(daughter, "the name of our branch near the campus")))), record);
  }

  @Test
  void beforeTheFirstStepTheNextIsIntegrationAndItListsTheStaleFactToComplete() {
    NextStep next = cycles.nextStep(cycles.start(HUAXIN), record);

    assertThat(next.step()).isEqualTo(MaintenanceStep.INTEGRATE_INFORMATION);
    assertThat(next.describe()).isEqualTo("""
        next: INTEGRATE_INFORMATION: integrate the customer's information before contact and note what to \
        complete in the visit
          + PROFILE_FACTS (advised): 3 current facts
          - FACTS_TO_COMPLETE (advised): stale, to complete during the visit: [fleet-size]
        """);
    assertThatThrownBy(() -> cycles.apply(cycles.start(HUAXIN), by(new IntegrateInformation(List.of())), record))
        .isInstanceOf(MaintenanceStepRefusedException.class)
        .hasMessage("Maintenance cycle of customer C-HX: INTEGRATE_INFORMATION refused by rule "
            + "stale-facts-marked-to-complete: list the stale facts [fleet-size] to complete during the visit");
  }

  @Test
  void theAgendaNeedsTheOpenCommitmentsAndTheLastSatisfactionResultAndSaysWhatIsMissing() {
    MaintenanceCycle integrated = cycles.apply(cycles.start(HUAXIN),
        by(new IntegrateInformation(List.of(FLEET_SIZE))), record);

    NextStep next = cycles.nextStep(integrated, record);

    assertThat(next.step()).isEqualTo(MaintenanceStep.CONTACT_WARMLY);
    assertThat(next.describe()).isEqualTo("""
        next: CONTACT_WARMLY: contact the customer, prepared with the information and an agenda
          + NO_DISPUTED_FACTS: no disputed facts
          - APPOINTMENT (advised): no appointment from the last visit: book one on the office phone, offering \
        two times to choose
          + OPEN_COMMITMENTS: 1 open: P-1 due 2026-10-30 (overdue 2 days)
          - LAST_SATISFACTION_RESULT (advised): no satisfaction result on record: ask how satisfied the customer \
        is in the opening
        """);
    assertThat(next.readiness().ready()).isTrue();
    assertThat(next.missing()).extracting(Provision::item)
        .containsExactly(RecordItem.APPOINTMENT, RecordItem.LAST_SATISFACTION_RESULT);
    assertThatThrownBy(() -> cycles.apply(integrated, by(new ContactWarmly(InteractionId.of("I-1103"),
        agenda(false))), record))
        .isInstanceOf(MaintenanceStepRefusedException.class)
        .hasMessageEndingWith("refused by rule agenda-takes-up-open-commitments: the agenda leaves out the open "
            + "commitments [P-1]");
  }

  @Test
  void aDisputedFactSendsTheAccountManagerBackToTheRecordBeforeAnyContact() {
    MaintenanceRecord disputed = new MaintenanceRecord(MaintenanceFixtures.huaxin()
        .disputeFact(DECISION_MAKER, "the customer says the general manager decides"), record.commitments(),
        Optional.empty());
    MaintenanceCycle integrated = cycles.apply(cycles.start(HUAXIN),
        by(new IntegrateInformation(List.of(FLEET_SIZE))), disputed);

    NextStep next = cycles.nextStep(integrated, disputed);

    assertThat(next.step()).isEqualTo(MaintenanceStep.INTEGRATE_INFORMATION);
    assertThat(next.why()).isEqualTo("integrate the record again before CONTACT_WARMLY: [decision-maker] disputed, "
        + "and wrong information is worse than none");
    assertThatThrownBy(() -> cycles.apply(integrated, by(new ContactWarmly(InteractionId.of("I-1103"),
        agenda(true))), disputed))
        .isInstanceOf(MaintenanceStepRefusedException.class)
        .hasMessageContaining("refused by rule step-needs-met: missing NO_DISPUTED_FACTS (disputed: [decision-maker]");
  }

  @Test
  void aSkippedStepNamesTheStateAndTheAllowedSteps() {
    MaintenanceCycle integrated = cycles.apply(cycles.start(HUAXIN),
        by(new IntegrateInformation(List.of(FLEET_SIZE))), record);

    assertThatThrownBy(() -> cycles.apply(integrated, by(new UnderstandDeeply(List.of(cashFlow))), record))
        .isInstanceOf(IllegalMaintenanceStepException.class)
        .hasMessage("Maintenance cycle of customer C-HX is INFORMATION_INTEGRATED: UNDERSTAND_DEEPLY is not allowed; "
            + "allowed are [INTEGRATE_INFORMATION, CONTACT_WARMLY]");
  }

  @Test
  void helpAnswersOnlyConcernsHeardInThisRound() {
    MaintenanceCycle c = cycles.apply(cycles.start(HUAXIN), by(new IntegrateInformation(List.of(FLEET_SIZE))), record);
    c = cycles.apply(c, by(new ContactWarmly(InteractionId.of("I-1103"), agenda(true))), record);
    MaintenanceCycle understood = cycles.apply(c, by(new UnderstandDeeply(List.of(cashFlow))), record);

    assertThat(cycles.nextStep(understood, record).describe()).contains(
        "+ CONCERNS_OF_ROUND: 1 concerns heard (1 business, 0 personal)");
    assertThatThrownBy(() -> cycles.apply(understood, by(new HelpComprehensively(List.of(
        new Help(daughter, "a campus branch address")))), record))
        .isInstanceOf(MaintenanceStepRefusedException.class)
        .hasMessageEndingWith("refused by rule help-answers-heard-concerns: 1 piece(s) of help answer no concern "
            + "heard in round 1");
  }

  @Test
  void theReContactChecksSatisfactionAndItsMemoConfirmsEveryOpenCommitment() {
    MaintenanceCycle helped = throughHelp();
    SatisfactionCheck satisfied = new SatisfactionCheck(SatisfactionOutcome.SATISFIED, LocalDate.of(2026, 11, 6));
    Memo forgetful = new Memo(List.of(), List.of("card limits for the new route"), Optional.empty());

    assertThatThrownBy(() -> cycles.apply(helped, by(new Recontact(InteractionId.of("I-1106"), satisfied, forgetful)),
        record))
        .isInstanceOf(MaintenanceStepRefusedException.class)
        .hasMessageEndingWith("refused by rule memo-confirms-open-commitments: the memo leaves out the open "
            + "commitments [P-1]");

    Memo memo = new Memo(List.of(FEE_COMPARISON), List.of("card limits for the new route"),
        Optional.of(LocalDate.of(2026, 12, 4)));
    MaintenanceCycle recontacted = cycles.apply(helped, by(new Recontact(InteractionId.of("I-1106"), satisfied, memo)),
        record);

    assertThat(recontacted.state()).isEqualTo(CycleState.RECONTACTED);
    NextStep next = cycles.nextStep(recontacted, record);
    assertThat(next.step()).isEqualTo(MaintenanceStep.INTEGRATE_INFORMATION);
    assertThat(next.why()).startsWith("round 1 is complete; integrate the customer's information");
  }

  @Test
  void theNextRoundStartsFromTheAppointmentAndTheSatisfactionResultTheMemoLeft() {
    MaintenanceCycle c = cycles.apply(throughHelp(), by(new Recontact(InteractionId.of("I-1106"),
        new SatisfactionCheck(SatisfactionOutcome.BASICALLY_SATISFIED, LocalDate.of(2026, 11, 6)),
        new Memo(List.of(FEE_COMPARISON), List.of(), Optional.of(LocalDate.of(2026, 12, 4))))), record);
    clock.advance(Duration.ofDays(27));
    c = cycles.apply(c, by(new IntegrateInformation(List.of(FLEET_SIZE))), record);

    assertThat(c.status().round()).isEqualTo(2);
    assertThat(cycles.readiness(c, MaintenanceStep.CONTACT_WARMLY, record).describe()).contains(
        "+ APPOINTMENT (advised): appointment for 2026-12-04 agreed at the last re-contact",
        "+ LAST_SATISFACTION_RESULT (advised): BASICALLY_SATISFIED on 2026-11-06");
    assertThat(c.status().concernsOfRound()).isEmpty();
  }

  @Test
  void theHistoryReplaysToTheSameCycleAndATamperedOneIsRefusedNamingTheEvent() {
    MaintenanceCycle helped = throughHelp();

    assertThat(MaintenanceCycle.replay(HUAXIN, helped.history())).isEqualTo(helped);
    assertThat(MaintenanceCycle.replay(HUAXIN, helped.history()).status()).isEqualTo(helped.status());
    List<MaintenanceEvent> skipped = new ArrayList<>(helped.history());
    skipped.remove(1);
    assertThatThrownBy(() -> MaintenanceCycle.replay(HUAXIN, skipped))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("maintenanceCycle.history[1].sequence must be 2, was 3");
    assertThat(helped.toString()).doesNotContain("fuel").doesNotContain("daughter");
  }
}
