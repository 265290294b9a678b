package io.crmkit.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.crmkit.scoring.PropertySize;
import io.crmkit.scoring.clv.gammagamma.SpendSample;
import io.crmkit.scoring.clv.gammagamma.SpendStatistics;
import io.crmkit.scoring.clv.gammagamma.SpendSums;
import io.crmkit.scoring.clv.history.DistinctHistories;
import io.crmkit.scoring.clv.history.PeriodUnit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The CLV models' partial aggregates, as a distributed engine uses them: customers split into any
 * number of parts, each part gathered on its own and the partials merged in any order, give the
 * figures of all customers gathered at once (exactly for histories and counts, up to summation
 * order for sums of logarithms).
 */
class ClvPartialsProperties {

  /** {frequency[], recency days[], age days[]} of a simulated cohort with some repeated histories. */
  private static int[][] cohort(long seed, int customers) {
    return ClvGen.simulate(new io.crmkit.scoring.clv.bgnbd.BgNbdParameters(0.6, 12, 0.7, 2.5), customers, 0, 120,
        seed);
  }

  /** Which part (0..parts-1) each customer falls in: random, so parts are uneven and some empty. */
  private static int[] parts(long seed, int customers, int parts) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    int[] part = new int[customers];
    for (int i = 0; i < customers; i++) {
      // skewed: part 0 takes about half of everything
      part[i] = random.nextBoolean() ? 0 : random.nextInt(parts);
    }
    return part;
  }

  @Test
  void distinctHistoriesGatheredInPartsAndMergedInAnyOrderEqualThoseOfTheWholeCohort() {
    qt().withExamples(PropertySize.examples(40)).forAll(longs().between(1, 1_000_000), integers().between(1, 9),
        integers().between(0, 2_000)).checkAssert((seed, parts, customers) -> {
          int[][] h = cohort(seed, customers);
          int[] part = parts(seed, customers, parts);
          DistinctHistories.Builder[] builders = new DistinctHistories.Builder[parts];
          for (int p = 0; p < parts; p++) {
            builders[p] = DistinctHistories.builder(PeriodUnit.WEEKS);
          }
          for (int i = 0; i < customers; i++) {
            builders[part[i]].add(h[0][i], h[1][i], h[2][i]);
          }
          DistinctHistories forwards = builders[0].build();
          DistinctHistories backwards = builders[parts - 1].build();
          for (int p = 1; p < parts; p++) {
            forwards = forwards.merge(builders[p].build());
            backwards = backwards.merge(builders[parts - 1 - p].build());
          }
          DistinctHistories whole = DistinctHistories.of(h[0], h[1], h[2], PeriodUnit.WEEKS);
          assertThat(forwards).isEqualTo(whole).hasSameHashCodeAs(whole);
          assertThat(backwards).isEqualTo(whole);
          assertThat(forwards.customers()).isEqualTo((long) customers);
        });
  }

  @Test
  void groupedRowsWithCountsGiveTheHistoriesOfTheCustomersTheyCount() {
    qt().withExamples(PropertySize.examples(40)).forAll(longs().between(1, 1_000_000), integers().between(0, 1_500))
        .checkAssert((seed, customers) -> {
          int[][] h = cohort(seed, customers);
          DistinctHistories whole = DistinctHistories.of(h[0], h[1], h[2], PeriodUnit.DAYS);
          // the rows of a group-by, reversed and with every history split into two rows where it can be
          int rows = 0;
          for (int i = 0; i < whole.size(); i++) {
            rows += whole.count(i) > 1 ? 2 : 1;
          }
          int[] f = new int[rows];
          int[] r = new int[rows];
          int[] a = new int[rows];
          long[] c = new long[rows];
          int k = 0;
          for (int i = whole.size() - 1; i >= 0; i--) {
            int split = whole.count(i) > 1 ? whole.count(i) / 2 : 0;
            for (long share : split > 0 ? new long[] {split, whole.count(i) - split} : new long[] {whole.count(i)}) {
              f[k] = whole.frequency(i);
              r[k] = whole.recencyDays(i);
              a[k] = whole.ageDays(i);
              c[k++] = share;
            }
          }
          assertThat(DistinctHistories.ofCounts(f, r, a, c, PeriodUnit.DAYS)).isEqualTo(whole);
        });
  }

  @Test
  void distinctHistoriesTravelAndArriveEqual() throws Exception {
    int[][] h = cohort(7, 3_000);
    DistinctHistories whole = DistinctHistories.of(h[0], h[1], h[2], PeriodUnit.MONTHS);
    assertThat(roundTrip(whole)).isEqualTo(whole);
  }

  @Test
  void spendStatisticsAndSumsGatheredInPartsEqualThoseOfTheWholeSample() {
    qt().withExamples(PropertySize.examples(40)).forAll(longs().between(1, 1_000_000), integers().between(1, 9),
        integers().between(1, 2_000)).checkAssert((seed, parts, buyers) -> {
          SplittableRandom random = new SplittableRandom(seed);
          int[] x = new int[buyers];
          double[] m = new double[buyers];
          for (int i = 0; i < buyers; i++) {
            x[i] = 1 + (int) Math.floor(-Math.log(1 - random.nextDouble()) * 3);
            m[i] = Math.round(Math.exp(3 + random.nextGaussian()) * 100) / 100.0 + 0.01;
          }
          SpendSample sample = SpendSample.of(x, m);
          double v = 0.5 + random.nextDouble() * 50;
          int[] part = parts(seed, buyers, parts);
          SpendStatistics.Builder[] stats = new SpendStatistics.Builder[parts];
          SpendSums.Accumulator[] sums = new SpendSums.Accumulator[parts];
          for (int p = 0; p < parts; p++) {
            stats[p] = SpendStatistics.builder();
            sums[p] = SpendSums.accumulator(v);
          }
          for (int i = 0; i < buyers; i++) {
            stats[part[i]].addBuyer(x[i], m[i]);
            sums[part[i]].addBuyer(x[i], m[i]);
          }
          SpendStatistics mergedStats = stats[parts - 1].build();
          SpendSums mergedSums = sums[parts - 1].build();
          for (int p = parts - 2; p >= 0; p--) {
            mergedStats = stats[p].build().merge(mergedStats);
            mergedSums = sums[p].build().merge(mergedSums);
          }
          SpendStatistics whole = sample.statistics();
          SpendSums wholeSums = sample.sumsAt(v);
          assertThat(mergedStats.buyers()).isEqualTo((long) buyers);
          assertThat(mergedStats.frequencies()).isEqualTo(whole.frequencies()).isEqualTo(wholeSums.frequencies())
              .isEqualTo(mergedSums.frequencies());
          for (int g = 0; g < whole.frequencies(); g++) {
            assertThat(mergedStats.frequency(g)).isEqualTo(whole.frequency(g)).isEqualTo(mergedSums.frequency(g));
            assertThat(mergedStats.buyers(g)).isEqualTo(whole.buyers(g));
            assertThat(mergedStats.sumLogAverage(g)).isCloseTo(whole.sumLogAverage(g),
                within(1e-12 * (1 + Math.abs(whole.sumLogAverage(g)))));
            assertThat(mergedSums.sumLog(g)).isCloseTo(wholeSums.sumLog(g), within(1e-12 * (1 + Math.abs(wholeSums.sumLog(g)))));
            assertThat(mergedSums.sumInverse(g)).isCloseTo(wholeSums.sumInverse(g), within(1e-12 * wholeSums.sumInverse(g)));
            assertThat(mergedSums.sumInverseSquare(g)).isCloseTo(wholeSums.sumInverseSquare(g),
                within(1e-12 * wholeSums.sumInverseSquare(g)));
          }
          assertThat(mergedStats.meanAverageValue()).isCloseTo(whole.meanAverageValue(),
              within(1e-12 * whole.meanAverageValue()));
          if (buyers >= 2 && !Double.isNaN(whole.frequencyValueCorrelation())) {
            assertThat(mergedStats.frequencyValueCorrelation()).isCloseTo(whole.frequencyValueCorrelation(),
                within(1e-9));
          }
        });
  }

  @SuppressWarnings("unchecked")
  static <T> T roundTrip(T value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
