package io.crmkit.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.scoring.clv.bgnbd.BgNbdModel;
import io.crmkit.scoring.clv.fit.FitOptions;
import io.crmkit.scoring.clv.gammagamma.GammaGammaModel;
import io.crmkit.scoring.clv.gammagamma.GammaGammaParameters;
import io.crmkit.scoring.clv.gammagamma.SpendData;
import io.crmkit.scoring.clv.gammagamma.SpendSample;
import io.crmkit.scoring.clv.gammagamma.SpendStatistics;
import io.crmkit.scoring.clv.gammagamma.SpendSums;
import io.crmkit.scoring.clv.history.DistinctHistories;
import io.crmkit.scoring.clv.history.PeriodUnit;
import io.crmkit.scoring.clv.history.PurchaseHistories;
import io.crmkit.scoring.clv.value.CohortScores;
import io.crmkit.scoring.clv.value.CustomerScore;
import io.crmkit.scoring.clv.value.CustomerValueModel;
import io.crmkit.scoring.clv.value.DiscountedHorizon;
import io.crmkit.scoring.transactions.ReadMode;
import io.crmkit.scoring.transactions.TransactionFormat;
import io.crmkit.scoring.transactions.TransactionReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CDNOW's customers scored the way a distributed engine scores them: histories and spend gathered
 * in partitions and merged, the models fitted on the merged partials, the model sent to the
 * partitions and every customer scored there. Each figure equals the one-machine figure.
 */
class ClvPartialsTest {
  private static final int PARTS = 7;
  static PurchaseHistories cdnow;

  @BeforeAll
  static void read() throws Exception {
    try (Reader in = new InputStreamReader(ClvPartialsTest.class.getResourceAsStream("/cdnow/CDNOW_sample.txt"),
        StandardCharsets.US_ASCII)) {
      cdnow = PurchaseHistories.calibration(
          TransactionReader.read(in, "CDNOW_sample.txt", TransactionFormat.cdnowSample(), ReadMode.STRICT).log(),
          LocalDate.of(1997, 9, 30).plusDays(273), PeriodUnit.WEEKS);
    }
  }

  /** Customer i's partition: customer ids hashed, as an engine partitions by key. */
  private static int partOf(int i) {
    return Math.floorMod(cdnow.customerId(i).hashCode() * 31 + 7, PARTS);
  }

  /**
   * The cohort's spend as seven partitions hold it: statistics gathered per partition and merged,
   * and at every trial v each partition's sums merged (a job per likelihood evaluation).
   */
  static final class PartitionedSpend implements SpendData {
    private final SpendStatistics statistics;
    int evaluations;

    PartitionedSpend() {
      SpendStatistics merged = null;
      for (int p = 0; p < PARTS; p++) {
        SpendStatistics.Builder b = SpendStatistics.builder();
        for (int i = 0; i < cdnow.customers(); i++) {
          if (partOf(i) == p) {
            b.addCustomer(cdnow.frequency(i), cdnow.repeatValueMinor(i), cdnow.currency());
          }
        }
        merged = merged == null ? b.build() : merged.merge(b.build());
      }
      statistics = merged;
    }

    @Override
    public SpendStatistics statistics() {
      return statistics;
    }

    @Override
    public SpendSums sumsAt(double v) {
      evaluations++;
      SpendSums merged = null;
      for (int p = PARTS - 1; p >= 0; p--) {
        SpendSums.Accumulator a = SpendSums.accumulator(v);
        for (int i = 0; i < cdnow.customers(); i++) {
          if (partOf(i) == p && cdnow.frequency(i) > 0 && cdnow.repeatValueMinor(i) > 0) {
            a.addBuyer(cdnow.frequency(i), cdnow.averageRepeatValue(i));
          }
        }
        merged = merged == null ? a.build() : merged.merge(a.build());
      }
      return merged;
    }
  }

  @Test
  void theBgNbdFittedOnHistoriesMergedFromPartitionsIsTheOneMachineFit() {
    DistinctHistories merged = null;
    for (int p = 0; p < PARTS; p++) {
      DistinctHistories.Builder b = DistinctHistories.builder(PeriodUnit.WEEKS);
      for (int i = 0; i < cdnow.customers(); i++) {
        if (partOf(i) == p) {
          b.add(cdnow.frequency(i), cdnow.recencyDays(i), cdnow.ageDays(i));
        }
      }
      merged = merged == null ? b.build() : b.build().merge(merged);
    }
    assertThat(merged).isEqualTo(cdnow.distinct());
    // the same distinct histories, so the same likelihood and the very same parameters
    assertThat(BgNbdModel.fit(merged, FitOptions.DEFAULT).parameters())
        .isEqualTo(BgNbdModel.fit(cdnow.distinct(), FitOptions.DEFAULT).parameters());
  }

  @Test
  void theGammaGammaFittedOnPartitionSumsEqualsTheOneMachineFitWithinOnePartInABillion() {
    SpendSample sample = SpendSample.of(cdnow);
    PartitionedSpend partitioned = new PartitionedSpend();
    assertThat(partitioned.statistics().buyers()).isEqualTo((long) sample.size());
    assertThat(partitioned.statistics().withoutRepeatPurchase()).isEqualTo((long) sample.withoutRepeatPurchase());
    assertThat(partitioned.statistics().withZeroValue()).isEqualTo((long) sample.withZeroValue());
    // The search runs on a different sample (every third buyer) than the one-machine fit's (all);
    // the refinement on all buyers brings both to the same maximum.
    GammaGammaModel distributed = GammaGammaModel.fit(partitioned, sample.everyNth(3), FitOptions.DEFAULT);
    GammaGammaModel local = GammaGammaModel.fit(sample, FitOptions.DEFAULT);
    GammaGammaParameters d = distributed.parameters();
    GammaGammaParameters l = local.parameters();
    assertThat(d.p()).isCloseTo(l.p(), within(1e-9 * l.p()));
    assertThat(d.q()).isCloseTo(l.q(), within(1e-9 * l.q()));
    assertThat(d.v()).isCloseTo(l.v(), within(1e-9 * l.v()));
    assertThat(distributed.frequencyValueCorrelation()).isCloseTo(local.frequencyValueCorrelation(), within(1e-12));
    assertThat(distributed.diagnostics().orElseThrow().logLikelihood())
        .isCloseTo(local.diagnostics().orElseThrow().logLikelihood(), within(1e-7));
    // a bounded number of evaluations on the partitions, each one figure per distinct frequency
    assertThat(partitioned.evaluations).isBetween(1, 200);
  }

  @Test
  void aModelSentToAPartitionScoresEachCustomerAsTheWholeCohortScoreDoes() throws Exception {
    DiscountedHorizon horizon = new DiscountedHorizon(12, PeriodUnit.WEEKS.fromDays(PeriodUnit.MONTHS.days()), 0.01,
        0.3);
    CustomerValueModel model = CustomerValueModel.fit(cdnow, horizon, FitOptions.DEFAULT);
    CohortScores whole = model.scoreAll(cdnow);
    CustomerValueModel sent = ClvPartialsProperties.roundTrip(model);
    assertThat(sent.purchases().parameters()).isEqualTo(model.purchases().parameters());
    assertThat(sent.spend().parameters()).isEqualTo(model.spend().parameters());
    assertThat(sent.horizon()).isEqualTo(horizon);
    assertThat(sent.currency()).isEqualTo(model.currency());
    assertThat(sent.purchases().diagnostics()).isEmpty(); // the fit's report stays where it was fitted
    CustomerValueModel.Scorer scorer = sent.scorer();
    for (int i = 0; i < cdnow.customers(); i++) {
      double m = PurchaseHistories.averageRepeatValue(cdnow.frequency(i), cdnow.repeatValueMinor(i), cdnow.currency());
      assertThat(m).isEqualTo(cdnow.averageRepeatValue(i));
      CustomerScore s = scorer.score(cdnow.frequency(i), cdnow.recencyDays(i), cdnow.ageDays(i), m);
      assertThat(s.probabilityAlive()).isEqualTo(whole.probabilityAlive(i));
      assertThat(s.expectedPurchases()).isEqualTo(whole.expectedPurchases(i));
      assertThat(s.expectedAverageValue()).isEqualTo(whole.expectedAverageValue(i));
      assertThat(s.value()).isEqualTo(whole.value(i));
    }
  }

  @Test
  void partialsRefuseWhatCannotBeMerged() {
    DistinctHistories weeks = DistinctHistories.of(new int[] {1}, new int[] {3}, new int[] {9}, PeriodUnit.WEEKS);
    DistinctHistories days = DistinctHistories.of(new int[] {1}, new int[] {3}, new int[] {9}, PeriodUnit.DAYS);
    assertThatThrownBy(() -> weeks.merge(days)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("other.unit");
    assertThatThrownBy(() -> DistinctHistories.builder(PeriodUnit.DAYS).add(1, 3, 9, 0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("history.count");
    assertThatThrownBy(() -> DistinctHistories.builder(PeriodUnit.DAYS).add(1, 10, 9))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("history.recency");
    assertThatThrownBy(() -> DistinctHistories.ofCounts(new int[] {1}, new int[] {3}, new int[] {9}, new long[0],
        PeriodUnit.DAYS)).isInstanceOf(InvalidValueException.class).hasMessageContaining("histories");
    SpendSums one = SpendSums.accumulator(2).addBuyer(1, 10).build();
    SpendSums other = SpendSums.accumulator(3).addBuyer(1, 10).build();
    assertThatThrownBy(() -> one.merge(other)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("other.scale");
    assertThatThrownBy(() -> SpendStatistics.builder().addBuyer(0, 10)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("frequency");
    assertThatThrownBy(() -> SpendSums.accumulator(1).addBuyer(2, Double.NaN))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("averageValue");
    CustomerValueModel.Scorer scorer = CustomerValueModel.of(
        BgNbdModel.of(new io.crmkit.scoring.clv.bgnbd.BgNbdParameters(0.243, 4.414, 0.793, 2.426), PeriodUnit.WEEKS),
        GammaGammaModel.of(new GammaGammaParameters(6.25, 3.74, 15.44)),
        new DiscountedHorizon(12, 4.35, 0.01, 1), Currency.getInstance("USD")).scorer();
    assertThatThrownBy(() -> scorer.score(2, 50, 40, 10)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("recency");
    assertThatThrownBy(() -> scorer.score(0, 5, 40, 0)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("recency");
  }

  @Test
  void customersLeftOutOfTheSpendSampleAreCountedByReason() {
    Currency usd = Currency.getInstance("USD");
    SpendStatistics s = SpendStatistics.builder().addCustomer(0, 0, usd).addCustomer(0, 0, usd)
        .addCustomer(3, 0, usd).addCustomer(2, 2_500, usd).build();
    assertThat(s.withoutRepeatPurchase()).isEqualTo(2L);
    assertThat(s.withZeroValue()).isEqualTo(1L);
    assertThat(s.buyers()).isEqualTo(1L);
    assertThat(s.meanAverageValue()).isEqualTo(12.5); // 25.00 over two occasions
    assertThat(s.frequencyValueCorrelation()).isNaN(); // one buyer: nothing to correlate
  }
}
