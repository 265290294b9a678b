package io.crmkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.crmkit.scoring.rank.SortedValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The distributed ranking answers every question exactly as the single-machine sorted values do,
 * whatever the number of partitions and however many values tie.
 */
class DistributedRankingProperties {

  @Test
  void theDistributedRankingAnswersAsTheSortedValues() {
    qt().withExamples(4).withShrinkCycles(0).forAll(longs().all(), integers().between(1, 7)).checkAssert((seed, parts) -> {
      Random random = new Random(seed);
      int n = 1 + random.nextInt(2_000);
      long[] values = new long[n];
      List<Long> boxed = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        values[i] = random.nextBoolean() ? random.nextInt(30) : (long) (random.nextDouble() * 1e9);
        boxed.add(values[i]);
      }
      SortedValues sorted = SortedValues.of(values);
      Dataset<Row> rows = LocalSpark.session().createDataset(boxed, Encoders.LONG()).toDF("v").repartition(parts);
      try (DistributedRanking ranking = DistributedRanking.of(rows, "v", 1)) {
        assertThat(ranking.size()).isEqualTo(n);
        assertThat(ranking.total()).isEqualTo(sorted.total());
        int[] positions = {0, n / 3, n / 2, n - 1};
        assertThat(ranking.valuesAt(positions)).containsExactly(sorted.valuesAt(positions));
        int[] counts = {0, 1, n / 5, n / 2, n};
        assertThat(ranking.sumsOfTop(counts)).containsExactly(sorted.sumsOfTop(counts));
        long[] thresholds = {0, 10, 29, 500_000_000L, Long.MAX_VALUE};
        assertThat(ranking.countsAtLeast(thresholds)).containsExactly(sorted.countsAtLeast(thresholds));
        assertThat(SingleMachine.relativeGap(ranking.weightedRankSum(), sorted.weightedRankSum())).isLessThan(1e-12);
      }
    });
  }
}
