package io.crmkit.scoring.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.lifecycle.StageCohort;
import io.crmkit.core.lifecycle.StageCounts;
import io.crmkit.core.lifecycle.StageFlow;
import io.crmkit.core.lifecycle.StageHistory;
import io.crmkit.scoring.transactions.ReadMode;
import io.crmkit.scoring.transactions.TransactionFormat;
import io.crmkit.scoring.transactions.TransactionLog;
import io.crmkit.scoring.transactions.TransactionReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle of the CDNOW cohort (first purchase in the first quarter of 1997) at the end of the
 * usual calibration period, 1997-09-30, with the default policy (quarters; exploring for the first
 * quarter, mature from half a year, lapsed after two quarters without a purchase); and the flows
 * into decline over the third quarter, from histories assessed at each month end. The figures are the
 * ones NOTES-stages.md reports.
 */
class CdnowLifecycleTest {
  private static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
  private static final LifecycleInference INFERENCE = LifecycleInference.defaults();

  static TransactionLog sample;
  static TransactionLog master;

  @BeforeAll
  static void read() throws Exception {
    try (Reader in = new InputStreamReader(CdnowLifecycleTest.class.getResourceAsStream("/cdnow/CDNOW_sample.txt"),
        StandardCharsets.US_ASCII)) {
      sample = TransactionReader.read(in, "CDNOW_sample.txt", TransactionFormat.cdnowSample(), ReadMode.STRICT).log();
    }
    try (Reader in = new InputStreamReader(CdnowLifecycleTest.class.getResourceAsStream("/cdnow/CDNOW_master.txt"),
        StandardCharsets.US_ASCII)) {
      master = TransactionReader.read(in, "CDNOW_master.txt", TransactionFormat.cdnowMaster(), ReadMode.STRICT).log();
    }
  }

  static List<LocalDate> monthEnds() {
    List<LocalDate> days = new ArrayList<>();
    for (int m = 1; m <= 9; m++) {
      days.add(YearMonth.of(1997, m).atEndOfMonth());
    }
    return days;
  }

  @Test
  void atTheEndOfCalibrationMostOfTheSampleIsInDeclineAndOneCustomerInTwelveIsUndecided() {
    LifecycleAssessment end = INFERENCE.assess(sample, CALIBRATION_END);
    assertThat(end.customers()).isEqualTo(2357);
    assertThat(end.byStage()).containsEntry(LifecycleStage.EXPLORATION, 0).containsEntry(LifecycleStage.GROWTH, 108)
        .containsEntry(LifecycleStage.MATURITY, 39).containsEntry(LifecycleStage.DECLINE, 2016);
    assertThat(end.undecided()).isEqualTo(194);
    assertThat(end.byRule()).containsEntry("lapsed", 1632).containsEntry("falling-spend", 384)
        .containsEntry("rising-spend", 108).containsEntry("steady-spend", 39);
    // Nobody explores any more: every customer's first purchase is at least six months back.
    assertThat(end.of("00564").orElseThrow().describe()).isEqualTo("spend up 157% over the last two quarters "
        + "(67.85 -> 174.25), 7 purchases in 91 days: growth (rising-spend)");
    assertThat(end.of("00004").orElseThrow().isUndecided()).isTrue();
  }

  @Test
  void overTheThirdQuarterTheSampleFlowsIntoDeclineMostlyStraightFromExploration() {
    List<StageHistory> histories = INFERENCE.histories(sample, monthEnds());
    StageCounts june = StageCohort.countsOn(histories, LocalDate.of(1997, 6, 30));
    StageCounts september = StageCohort.countsOn(histories, CALIBRATION_END);
    assertThat(june.total()).isEqualTo(2357);
    assertThat(june.in(LifecycleStage.EXPLORATION)).isEqualTo(2134);
    assertThat(june.in(LifecycleStage.GROWTH)).isEqualTo(223);
    assertThat(september.in(LifecycleStage.DECLINE)).isEqualTo(2074);
    // Undecided customers keep the stage they had: 111 were still exploring in the history.
    assertThat(september.in(LifecycleStage.EXPLORATION)).isEqualTo(111);
    List<StageFlow> intoDecline = StageCohort.into(StageCohort.flows(histories, LocalDate.of(1997, 6, 30),
        CALIBRATION_END), LifecycleStage.DECLINE);
    assertThat(intoDecline).extracting(StageFlow::describe)
        .containsExactly("EXPLORATION -> DECLINE: 1906", "GROWTH -> DECLINE: 168");
  }

  @Test
  void theWholeCohortShowsTheSameShape() {
    LifecycleAssessment end = INFERENCE.assess(master, CALIBRATION_END);
    assertThat(end.customers()).isEqualTo(23_570);
    assertThat(end.byStage()).containsEntry(LifecycleStage.GROWTH, 1022).containsEntry(LifecycleStage.MATURITY, 397)
        .containsEntry(LifecycleStage.DECLINE, 20_162);
    assertThat(end.undecided()).isEqualTo(1989);
    List<StageFlow> intoDecline = StageCohort.into(StageCohort.flows(INFERENCE.histories(master, monthEnds()),
        LocalDate.of(1997, 6, 30), CALIBRATION_END), LifecycleStage.DECLINE);
    assertThat(intoDecline).extracting(StageFlow::from, StageFlow::customers)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Optional.of(LifecycleStage.EXPLORATION), 19_085),
            org.assertj.core.groups.Tuple.tuple(Optional.of(LifecycleStage.GROWTH), 1686));
  }
}
