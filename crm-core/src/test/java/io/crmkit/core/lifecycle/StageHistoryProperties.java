package io.crmkit.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lifecycle history is append-only and the cohort view is read from it consistently. */
class StageHistoryProperties {

  @Test
  void recordingAChangeNeverRewritesTheChangesBefore() {
    qt().forAll(LifecycleGen.histories(1), LifecycleGen.steps()).checkAssert((h, step) -> {
      LifecycleStage stage = LifecycleStage.values()[step[1]];
      LocalDate day = h.changes().isEmpty() ? LifecycleGen.DAY_ZERO : h.changes().get(h.changes().size() - 1).on()
          .plusDays(1 + step[0]);
      if (h.current().equals(Optional.of(stage))) {
        return;
      }
      StageHistory next = h.record(stage, day, "next");
      assertThat(next.changes().subList(0, h.changes().size())).isEqualTo(h.changes());
      assertThat(h.changes()).hasSize(next.changes().size() - 1);
      // The stage on every earlier day stays what it was.
      for (StageChange c : h.changes()) {
        assertThat(next.stageOn(c.on())).isEqualTo(h.stageOn(c.on()));
      }
    });
  }

  @Test
  void aHistoryReplaysFromItsChanges() {
    qt().forAll(LifecycleGen.histories(2)).checkAssert(h ->
        assertThat(StageHistory.replay(h.customer(), h.changes())).isEqualTo(h));
  }

  @Test
  void theDaysInStagesAddUpToTheTimeSinceTheFirstChange() {
    qt().forAll(LifecycleGen.histories(3), LifecycleGen.days()).checkAssert((h, asOf) -> {
      long total = h.daysInStages(asOf).values().stream().mapToLong(Long::longValue).sum();
      long expected = h.changes().isEmpty() || h.changes().get(0).on().isAfter(asOf) ? 0
          : ChronoUnit.DAYS.between(h.changes().get(0).on(), asOf);
      assertThat(total).isEqualTo(expected);
    });
  }

  @Test
  void cohortCountsAlwaysSumToTheNumberOfCustomers() {
    qt().forAll(LifecycleGen.cohorts(), LifecycleGen.days()).checkAssert((cohort, day) ->
        assertThat(StageCohort.countsOn(cohort, day).total()).isEqualTo(cohort.size()));
  }

  @Test
  void flowsExplainTheChangeOfEveryStageCountOverThePeriod() {
    qt().forAll(LifecycleGen.cohorts(), LifecycleGen.days(), integers().between(1, 400)).checkAssert(
        (cohort, from, length) -> {
          LocalDate to = from.plusDays(length);
          StageCounts start = StageCohort.countsOn(cohort, from);
          StageCounts end = StageCohort.countsOn(cohort, to);
          List<StageFlow> flows = StageCohort.flows(cohort, from, to);
          for (LifecycleStage s : LifecycleStage.values()) {
            int in = flows.stream().filter(f -> f.to() == s).mapToInt(StageFlow::customers).sum();
            int out = flows.stream().filter(f -> f.from().equals(Optional.of(s))).mapToInt(StageFlow::customers).sum();
            assertThat(end.in(s) - start.in(s)).as("net change of %s", s).isEqualTo(in - out);
          }
        });
  }
}
