package io.crmkit.core.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.profile.Need;
import io.crmkit.core.validation.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The account manager's visit of 000: prepare the information, the agenda and the appointment; write the memo. */
class VisitPlanTest {
  private static final Instant TUESDAY_10AM = Instant.parse("2026-03-03T10:00:00Z");
  private static final CustomerId ACME = CustomerId.of("c-005");

  private static Customer acme() {
    return Customer.organization(ACME, "Acme Trading Co.")
        .recordNeed(Need.by("round-the-clock support for the new plant", LocalDate.of(2026, 2, 25),
            LocalDate.of(2026, 4, 15)))
        .recordNeed(Need.personal("the buyer's son starts university in Shanghai", LocalDate.of(2026, 2, 25)));
  }

  private static ImmutableVisitPlan.Builder prepared() {
    return VisitPlan.builder().customer(ACME).accountManager(EmployeeId.of("em-chen")).startsAt(TUESDAY_10AM)
        .length(Duration.ofMinutes(45)).addAgenda(new AgendaItem("how the plant's support will work", 20),
            new AgendaItem("the service levels on offer", 15), new AgendaItem("next steps", 5))
        .valueForCustomer("a support plan ready before the plant opens").addMaterials("service level sheet")
        .recordReviewedAt(TUESDAY_10AM.minus(Duration.ofHours(16))).appointmentConfirmed(true)
        .appointmentChoice(new AlternativeChoice("Shall I come on Tuesday at ten or on Thursday afternoon?",
            "Tuesday 10:00", "Thursday 14:00"));
  }

  @Test
  void theBankersPreparedVisitIsReady() {
    VisitReadiness readiness = VisitReadiness.of(prepared().build(), acme());
    assertThat(readiness.ready()).isTrue();
    assertThat(readiness.describe()).startsWith("Visit to c-005 at 2026-03-03T10:00:00Z: ready");
  }

  @Test
  void aVisitWithoutPreparationShowsEveryGapWithWhatToDo() {
    VisitPlan bare = VisitPlan.builder().customer(ACME).accountManager(EmployeeId.of("em-chen"))
        .startsAt(TUESDAY_10AM).length(Duration.ofMinutes(30)).build();
    VisitReadiness readiness = VisitReadiness.of(bare, Customer.organization(ACME, "Acme Trading Co."));

    assertThat(readiness.gaps()).extracting(VisitGap::check).containsExactly("record-reviewed", "needs-on-record",
        "agenda-prepared", "materials-prepared", "appointment-confirmed");
    assertThat(readiness.gaps().get(1).missing())
        .isEqualTo("the record holds no business needs and no personal needs: plan to find them out during the visit");
    assertThat(readiness.gaps().get(4).missing()).contains("二选一");
  }

  @Test
  void anAgendaLongerThanTheTimeGivenDisrespectsTheCustomersTime() {
    VisitPlan tooLong = prepared().length(Duration.ofMinutes(30)).build();
    assertThat(VisitReadiness.of(tooLong, acme()).gaps()).singleElement().satisfies(g -> assertThat(g.missing())
        .isEqualTo("the agenda needs 40 min but the customer gave 30 min: respect the customer's time"));
  }

  @Test
  void aRecordWithoutPersonalNeedsIsFineOnceThePlanSetsOutToLearnThem() {
    Customer businessOnly = Customer.organization(ACME, "Acme Trading Co.")
        .recordNeed(Need.now("spare parts on call", LocalDate.of(2026, 2, 1)));
    assertThat(VisitReadiness.of(prepared().build(), businessOnly).gaps()).extracting(VisitGap::missing)
        .containsExactly("the record holds no personal needs: plan to find them out during the visit");
    assertThat(VisitReadiness.of(prepared().addToComplete("what the buyer cares about").build(), businessOnly).ready())
        .isTrue();
  }

  @Test
  void aRecordReadLastWeekIsReadAgain() {
    VisitPlan stale = prepared().recordReviewedAt(TUESDAY_10AM.minus(Duration.ofDays(6))).build();
    assertThat(VisitReadiness.of(stale, acme()).gaps()).extracting(VisitGap::check).containsExactly("record-reviewed");
  }

  @Test
  void aPlanIsCheckedOnlyAgainstItsOwnCustomersRecord() {
    assertThatThrownBy(() -> VisitReadiness.of(prepared().build(), Customer.person(CustomerId.of("c-001"), "Li Wei")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must be the customer the plan is for, c-005");
  }

  @Test
  void anAlternativeChoiceOffersTwoDifferentOptions() {
    assertThatThrownBy(() -> new AlternativeChoice("Tuesday or Tuesday?", "Tuesday", "tuesday "))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("alternativeChoice.second");
  }

  @Test
  void theMemoIsWrittenTheSameDayOrTheNext() {
    ImmutableVisitMemo.Builder memo = VisitMemo.builder().customer(ACME).visitedOn(LocalDate.of(2026, 3, 3))
        .addCommitments("send the 24/7 offer by Friday");
    assertThat(memo.writtenOn(LocalDate.of(2026, 3, 4)).build().isTimely()).isTrue();
    assertThat(memo.writtenOn(LocalDate.of(2026, 3, 6)).build().isTimely()).isFalse();
    assertThatThrownBy(() -> VisitMemo.builder().customer(ACME).visitedOn(LocalDate.of(2026, 3, 3))
        .writtenOn(LocalDate.of(2026, 3, 3)).commitments(List.of()).build())
        .hasMessageContaining("visitMemo.problems");
  }
}
