package io.crmkit.scoring.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.crmkit.scoring.PropertySize;
import io.crmkit.scoring.pareto.AbcClass;
import io.crmkit.scoring.pareto.AbcCuts;
import io.crmkit.scoring.pareto.AbcPolicy;
import io.crmkit.scoring.pareto.ImmutableAbcPolicy;
import io.crmkit.scoring.pareto.ParetoFigures;
import io.crmkit.scoring.pyramid.PyramidCuts;
import io.crmkit.scoring.pyramid.PyramidPolicy;
import io.crmkit.scoring.pyramid.PyramidTier;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The cut values a distributed engine ships to its workers (quintiles, ABC, pyramid) and the
 * base-wide Pareto figures give what the plain definitions give, customer by customer; and a search
 * that asks many positions a round (as on Spark) finds what the binary search finds.
 */
class RankedValuesProperties {

  /** 1..3,000 values, with many ties (0..20), spread (up to 10^7) or all zero, drawn from a seed. */
  private static Gen<long[]> values() {
    return integers().between(1, 3_000).zip(integers().between(0, 2), longs().all(), (n, range, seed) -> {
      Random random = new Random(seed);
      long[] v = new long[n];
      for (int i = 0; i < n; i++) {
        v[i] = range == 0 ? random.nextInt(21) : range == 1 ? (long) (random.nextDouble() * 10_000_000L) : 0;
      }
      return v;
    });
  }

  /** The same values answering as a distributed engine would: many positions a search round. */
  private static RankedValues batched(SortedValues sorted, int batch) {
    return new RankedValues() {
      @Override
      public int size() {
        return sorted.size();
      }

      @Override
      public long total() {
        return sorted.total();
      }

      @Override
      public long[] valuesAt(int[] positions) {
        return sorted.valuesAt(positions);
      }

      @Override
      public long[] sumsOfTop(int[] counts) {
        return sorted.sumsOfTop(counts);
      }

      @Override
      public int[] countsAtLeast(long[] values) {
        return sorted.countsAtLeast(values);
      }

      @Override
      public double weightedRankSum() {
        return sorted.weightedRankSum();
      }

      @Override
      public int searchBatch() {
        return batch;
      }
    };
  }

  private static long sumGreater(long[] v, long x) {
    return Arrays.stream(v).filter(y -> y > x).sum();
  }

  @Test
  void abcCutsClassifyEveryCustomerByTheShareOfTheValueAboveIt() {
    AbcPolicy policy = ImmutableAbcPolicy.builder().aUpTo(0.7).bUpTo(0.9).build();
    qt().withExamples(PropertySize.examples(60)).forAll(values(), integers().between(1, 300)).checkAssert((v, batch) -> {
      SortedValues sorted = SortedValues.of(v);
      AbcCuts cuts = AbcCuts.of(batched(sorted, batch), policy);
      assertThat(cuts).isEqualTo(AbcCuts.of(sorted, policy));
      long total = sorted.total();
      int[] counts = new int[3];
      for (long x : v) {
        AbcClass expected = policy.classFor(sumGreater(v, x), total);
        assertThat(cuts.classOf(x)).isEqualTo(expected);
        counts[expected.ordinal()]++;
      }
      assertThat(cuts.counts(sorted)).containsExactly(Map.entry(AbcClass.A, counts[0]),
          Map.entry(AbcClass.B, counts[1]), Map.entry(AbcClass.C, counts[2]));
    });
  }

  @Test
  void pyramidCutsPlaceEveryCustomerByItsCompetitionRank() {
    PyramidPolicy policy = PyramidPolicy.byRank(0.02, 0.08, 0.3);
    qt().withExamples(PropertySize.examples(60)).forAll(values()).checkAssert(v -> {
      SortedValues sorted = SortedValues.of(v);
      PyramidCuts cuts = PyramidCuts.of(sorted, policy);
      Map<PyramidTier, Integer> last = policy.lastRanks(v.length).orElseThrow();
      int[] counts = new int[4];
      for (long x : v) {
        int rank = 1 + (int) Arrays.stream(v).filter(y -> y > x).count();
        PyramidTier expected = rank <= last.get(PyramidTier.KEY) ? PyramidTier.KEY
            : rank <= last.get(PyramidTier.MAJOR) ? PyramidTier.MAJOR
            : rank <= last.get(PyramidTier.ORDINARY) ? PyramidTier.ORDINARY : PyramidTier.SMALL;
        assertThat(cuts.tierOf(x)).isEqualTo(expected);
        counts[expected.ordinal()]++;
      }
      assertThat(cuts.counts(sorted).values()).containsExactly(counts[0], counts[1], counts[2], counts[3]);
    });
  }

  @Test
  void theShareOfCustomersBehindAShareOfValueIsTheFirstTopThatReachesIt() {
    qt().withExamples(PropertySize.examples(60)).forAll(values(), integers().between(1, 300)).checkAssert((v, batch) -> {
      SortedValues sorted = SortedValues.of(v);
      ParetoFigures binary = ParetoFigures.of(sorted);
      ParetoFigures wide = ParetoFigures.of(batched(sorted, batch));
      for (double share : new double[] {0, 0.2, 0.5, 0.8, 0.95, 1}) {
        int k = 0;
        if (sorted.total() > 0 && share > 0) {
          k = 1;
          while (sorted.sumOfTop(k) < share * sorted.total()) {
            k++;
          }
        }
        assertThat(wide.customerShareFor(share)).isEqualTo(k / (double) v.length)
            .isEqualTo(binary.customerShareFor(share));
      }
      assertThat(wide.split()).isEqualTo(binary.split());
      assertThat(wide.lorenz(11)).isEqualTo(binary.lorenz(11));
    });
  }

  @Test
  void aBatchedSearchFindsWhatTheBinarySearchFinds() {
    qt().withExamples(PropertySize.examples(200)).forAll(integers().between(0, 5_000), integers().between(0, 5_000),
        integers().between(1, 700)).checkAssert((size, cut, batch) -> {
          int prefix = Math.min(size, cut);
          int[] rounds = new int[1];
          int found = Ranks.prefixLength(size, batch, positions -> {
            rounds[0]++;
            boolean[] in = new boolean[positions.length];
            for (int i = 0; i < in.length; i++) {
              assertThat(positions[i]).isBetween(0, size - 1);
              in[i] = positions[i] < prefix;
            }
            return in;
          });
          assertThat(found).isEqualTo(prefix).isEqualTo(Ranks.prefixLength(size, p -> p < prefix));
          // each round keeps at most 1/(batch+1) of the range, rounded up
          assertThat(rounds[0]).isLessThanOrEqualTo(2 + (int) Math.ceil(Math.log(size + 1.0) / Math.log(batch + 1.0)));
        });
  }
}
