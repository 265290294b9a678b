package io.crmkit.scoring.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.lifecycle.StageCohort;
import io.crmkit.core.lifecycle.StageHistory;
import io.crmkit.scoring.PropertySize;
import io.crmkit.scoring.ScoringGen;
import io.crmkit.scoring.transactions.TransactionLog;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lifecycle inference reads only the past, and its histories and counts stay consistent. */
class LifecycleProperties {
  private static final LifecycleInference INFERENCE = LifecycleInference.defaults();

  @Test
  void theStageOnADayIsAPureFunctionOfThePurchasesUpToThatDay() {
    // Adding later purchases (for the same and for new customers) never changes an earlier assignment.
    qt().withExamples(PropertySize.examples(150)).forAll(ScoringGen.logs(), integers().between(0, 730),
        lists().of(integers().between(0, 59).zip(integers().between(1, 400), integers().between(0, 90_000),
            (c, d, a) -> new int[] {c, d, a})).ofSizeBetween(1, 40))
        .checkAssert((log, cut, later) -> {
          int asOf = 20_000 + cut;
          TransactionLog.Builder b = TransactionLog.builder(Currency.getInstance("EUR"));
          for (int r = 0; r < log.size(); r++) {
            b.addMinor(log.customerId(log.customerAt(r)), log.dayAt(r), log.amountAt(r));
          }
          for (int[] l : later) {
            b.addMinor(String.format("c-%02d", l[0]), asOf + l[1], l[2]);
            b.addMinor("later-" + l[0], asOf + l[1], l[2]);
          }
          LocalDate day = LocalDate.ofEpochDay(asOf);
          assertThat(INFERENCE.assess(b.build(), day).assignments())
              .isEqualTo(INFERENCE.assess(log, day).assignments());
        });
  }

  @Test
  void everyCustomerOfTheDayIsAssessedOnceAndTheDistributionAddsUp() {
    qt().withExamples(PropertySize.examples(150)).forAll(ScoringGen.logs(), integers().between(0, 800)).checkAssert((log, cut) -> {
      LocalDate day = LocalDate.ofEpochDay(20_000 + cut);
      LifecycleAssessment a = INFERENCE.assess(log, day);
      int customers = 0;
      for (int c = 0; c < log.customers(); c++) {
        customers += log.firstDayOf(c) <= 20_000 + cut ? 1 : 0;
      }
      assertThat(a.customers()).isEqualTo(customers);
      assertThat(a.byStage().values().stream().mapToInt(Integer::intValue).sum() + a.undecided()).isEqualTo(customers);
      assertThat(a.byRule().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(customers - a.undecided());
    });
  }

  @Test
  void inferredHistoriesAgreeWithTheAssessmentsAndCohortCountsSumToTheCustomers() {
    qt().withExamples(PropertySize.examples(60)).forAll(ScoringGen.logs(), integers().between(1, 8)).checkAssert((log, n) -> {
      List<LocalDate> days = new java.util.ArrayList<>();
      for (int i = 1; i <= n; i++) {
        days.add(LocalDate.ofEpochDay(20_000 + i * 91));
      }
      List<StageHistory> histories = INFERENCE.histories(log, days);
      assertThat(histories).hasSize(log.customers());
      for (LocalDate day : days) {
        assertThat(StageCohort.countsOn(histories, day).total()).isEqualTo(log.customers());
        // A decided assignment on a checkpoint is the history's stage on that day.
        for (LifecycleAssignment a : INFERENCE.assess(log, day).assignments()) {
          if (a.stage().isPresent()) {
            StageHistory h = histories.stream().filter(x -> x.customer().value().equals(a.customer())).findFirst()
                .orElseThrow();
            assertThat(h.stageOn(day)).isEqualTo(a.stage());
          }
        }
      }
    });
  }
}
