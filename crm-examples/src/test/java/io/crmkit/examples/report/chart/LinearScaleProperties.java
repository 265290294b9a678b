package io.crmkit.examples.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules every nice scale keeps, over data ranges from tiny fractions to millions. */
class LinearScaleProperties {

  @Test
  void aNiceScaleCoversTheDataWithAtMostTheTicksAskedFor() {
    qt().forAll(doubles().between(-1e6, 1e6), doubles().between(0, 1e6), integers().between(3, 12))
        .checkAssert((low, span, maxTicks) -> {
          LinearScale scale = LinearScale.nice(low, low + span, maxTicks);
          assertThat(scale.min()).isLessThanOrEqualTo(low + 1e-9 * Math.max(1, Math.abs(low)));
          assertThat(scale.max()).isGreaterThanOrEqualTo(low + span - 1e-9 * Math.max(1, Math.abs(low + span)));
          assertThat(scale.ticks().size()).isBetween(2, maxTicks);
          assertThat(scale.max()).isGreaterThan(scale.min());
        });
  }

  @Test
  void theStepIsOneTwoOrFiveTimesAPowerOfTen() {
    qt().forAll(doubles().between(-1e4, 1e4), doubles().between(1e-6, 1e4), integers().between(3, 12))
        .checkAssert((low, span, maxTicks) -> {
          double step = LinearScale.nice(low, low + span, maxTicks).step();
          int mantissa = BigDecimal.valueOf(step).stripTrailingZeros().unscaledValue().abs().intValueExact();
          assertThat(mantissa).isIn(1, 2, 5);
        });
  }

  @Test
  void ticksAreEvenlySpacedMultiplesOfTheStep() {
    qt().forAll(doubles().between(-1e4, 1e4), doubles().between(1e-3, 1e4), integers().between(3, 12))
        .checkAssert((low, span, maxTicks) -> {
          LinearScale scale = LinearScale.nice(low, low + span, maxTicks);
          List<Double> ticks = scale.ticks();
          for (int i = 0; i < ticks.size(); i++) {
            double expected = scale.min() + i * scale.step();
            assertThat(ticks.get(i)).isCloseTo(expected, org.assertj.core.data.Offset.offset(scale.step() * 1e-6));
            double multiple = ticks.get(i) / scale.step();
            assertThat(Math.abs(multiple - Math.rint(multiple))).isLessThan(1e-6);
          }
        });
  }
}
