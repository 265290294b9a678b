package io.crmkit.scoring.rank;

import io.crmkit.scoring.PropertySize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The value distribution behind every ranking agrees with the plain definitions: its order is a
 * sort, a quintile score is 1 + floor(5 x (values strictly less) / n), and the distinct-value walk
 * counts every value once with the right sum above it; whether the values were counted (a narrow
 * range), radix-sorted (many, wide) or compared (few, wide).
 */
class SortedValuesProperties {

  /**
   * Arrays of 0..6,000 values, narrow (0..50), wide (up to 2^40) or both, or as wide as two or
   * five radix passes take (up to 2^16, 2^24, 2^50), drawn from a seed.
   */
  private static Gen<long[]> values() {
    long[] bounds = {51, 1L << 40, 0, 1L << 16, 1L << 24, 1L << 50};
    return integers().between(0, 6_000).zip(integers().between(0, 5), longs().all(), (n, range, seed) -> {
      Random random = new Random(seed);
      long[] v = new long[n];
      for (int i = 0; i < n; i++) {
        long bound = range == 2 ? (random.nextBoolean() ? 51 : 1L << 40) : bounds[range];
        v[i] = (long) (random.nextDouble() * bound);
      }
      return v;
    });
  }

  @Test
  void theAscendingOrderIsASortOfTheValues() {
    qt().withExamples(PropertySize.examples(150)).forAll(values()).checkAssert(v -> {
      long[] expected = v.clone();
      Arrays.sort(expected);
      SortedValues sorted = SortedValues.of(v);
      long[] actual = new long[v.length];
      for (int i = 0; i < v.length; i++) {
        actual[i] = sorted.ascending(i);
      }
      assertThat(actual).containsExactly(expected);
      assertThat(sorted.total()).isEqualTo(Arrays.stream(v).sum());
    });
  }

  @Test
  void quintileScoresFollowTheirDefinitionInBothDirections() {
    qt().withExamples(PropertySize.examples(100)).forAll(values()).checkAssert(v -> {
      SortedValues sorted = SortedValues.of(v);
      byte[] byLess = sorted.quintilesByLess(v);
      byte[] byGreater = sorted.quintilesByGreater(v);
      for (int i = 0; i < v.length; i++) {
        assertThat((int) byLess[i]).isEqualTo((int) (1 + 5L * sorted.countLess(v[i]) / v.length));
        assertThat((int) byGreater[i]).isEqualTo((int) (1 + 5L * sorted.countGreater(v[i]) / v.length));
      }
    });
  }

  @Test
  void theDistinctWalkCountsEveryValueOnceWithTheSumAboveIt() {
    qt().withExamples(PropertySize.examples(100)).forAll(values()).checkAssert(v -> {
      SortedValues sorted = SortedValues.of(v);
      long[] seen = {0, Long.MAX_VALUE};
      sorted.forEachDistinctDescending((value, count, greater, sumGreater) -> {
        assertThat(value).isLessThan(seen[1]);
        assertThat(count).isEqualTo((int) Arrays.stream(v).filter(x -> x == value).count());
        assertThat(greater).isEqualTo(sorted.countGreater(value));
        assertThat(sumGreater).isEqualTo(sorted.sumGreater(value));
        seen[0] += count;
        seen[1] = value;
      });
      assertThat(seen[0]).isEqualTo(v.length);
    });
  }
}
