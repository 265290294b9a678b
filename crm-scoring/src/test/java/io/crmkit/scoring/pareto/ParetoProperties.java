package io.crmkit.scoring.pareto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.crmkit.scoring.ScoringGen;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ParetoProperties {

  private static long[] permuted(long[] values, long seed) {
    long[] p = values.clone();
    Random r = new Random(seed);
    for (int i = p.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      long t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  @Test
  void permutingCustomersChangesNoFigure() {
    qt().forAll(ScoringGen.values()).checkAssert(values -> {
      ParetoAnalysis a = ParetoAnalysis.of(values);
      ParetoAnalysis b = ParetoAnalysis.of(permuted(values, values.length));
      assertThat(b.gini()).isEqualTo(a.gini());
      assertThat(b.customerShareFor(0.8)).isEqualTo(a.customerShareFor(0.8));
      assertThat(b.classCounts(AbcPolicy.DEFAULT)).isEqualTo(a.classCounts(AbcPolicy.DEFAULT));
    });
  }

  @Test
  void scalingEveryValueChangesNoClassAndNoGini() {
    qt().forAll(ScoringGen.values(), integers().between(2, 1_000)).checkAssert((values, c) -> {
      long[] scaled = Arrays.stream(values).map(v -> v * c).toArray();
      ParetoAnalysis a = ParetoAnalysis.of(values);
      ParetoAnalysis b = ParetoAnalysis.of(scaled);
      assertThat(b.gini()).isCloseTo(a.gini(), within(1e-9));
      for (int i = 0; i < values.length; i++) {
        assertThat(b.classOf(i, AbcPolicy.DEFAULT)).isEqualTo(a.classOf(i, AbcPolicy.DEFAULT));
      }
    });
  }

  @Test
  void giniIsZeroForEqualValuesAndTendsToOneWithOneDominantCustomer() {
    qt().forAll(integers().between(1, 500), integers().between(0, 1_000_000)).checkAssert((n, v) -> {
      long[] equal = new long[n];
      Arrays.fill(equal, v);
      assertThat(ParetoAnalysis.of(equal).gini()).isCloseTo(0.0, within(1e-9));
      long[] one = new long[n];
      one[0] = v + 1;
      assertThat(ParetoAnalysis.of(one).gini()).isCloseTo((n - 1) / (double) n, within(1e-9));
    });
  }

  @Test
  void classCountsSumToTheCustomersAndEqualValuesShareAClass() {
    qt().forAll(ScoringGen.values()).checkAssert(values -> {
      ParetoAnalysis a = ParetoAnalysis.of(values);
      assertThat(a.classCounts(AbcPolicy.DEFAULT).values().stream().mapToInt(Integer::intValue).sum())
          .isEqualTo(values.length);
      int[] oneByOne = new int[3];
      for (int i = 0; i < values.length; i++) {
        oneByOne[a.classOf(i, AbcPolicy.DEFAULT).ordinal()]++;
      }
      assertThat(a.classCounts(AbcPolicy.DEFAULT).values()).as("counts equal classifying one by one")
          .containsExactly(Arrays.stream(oneByOne).boxed().toArray(Integer[]::new));
      for (int i = 0; i < values.length; i++) {
        for (int j = i + 1; j < Math.min(values.length, i + 20); j++) {
          if (values[i] == values[j]) {
            assertThat(a.classOf(i, AbcPolicy.DEFAULT)).isEqualTo(a.classOf(j, AbcPolicy.DEFAULT));
          }
        }
      }
    });
  }

  @Test
  void theCustomerShareNeededIsMonotoneInTheTargetShare() {
    qt().forAll(ScoringGen.values(), integers().between(0, 100), integers().between(0, 100)).checkAssert((v, x, y) -> {
      ParetoAnalysis a = ParetoAnalysis.of(v);
      double lo = Math.min(x, y) / 100.0;
      double hi = Math.max(x, y) / 100.0;
      assertThat(a.customerShareFor(hi)).isGreaterThanOrEqualTo(a.customerShareFor(lo));
    });
  }

  @Test
  void theLorenzCurveRunsFromZeroToOneBelowTheDiagonal() {
    qt().forAll(ScoringGen.values()).checkAssert(values -> {
      var curve = ParetoAnalysis.of(values).lorenz(11);
      assertThat(curve.get(0).valueShare()).isEqualTo(0.0);
      assertThat(curve.get(10).valueShare()).isCloseTo(1.0, within(1e-12));
      for (int i = 1; i < curve.size(); i++) {
        assertThat(curve.get(i).valueShare()).isGreaterThanOrEqualTo(curve.get(i - 1).valueShare());
        assertThat(curve.get(i).valueShare()).isLessThanOrEqualTo(curve.get(i).customerShare() + 1e-9);
      }
    });
  }
}
