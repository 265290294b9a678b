package io.crmkit.examples.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class LinearScaleTest {

  @Test
  void sharesFromZeroToOneGetTicksEveryTwentyPercent() {
    LinearScale scale = LinearScale.nice(0, 1, 6);
    assertThat(scale.ticks()).containsExactly(0.0, 0.2, 0.4, 0.6, 0.8, 1.0);
  }

  @Test
  void anAwkwardRangeIsWidenedToMultiplesOfANiceStep() {
    LinearScale scale = LinearScale.nice(3, 97, 6);
    assertThat(scale.step()).isEqualTo(20);
    assertThat(scale.min()).isEqualTo(0);
    assertThat(scale.max()).isEqualTo(100);
  }

  @Test
  void fiftyTwoWeeksWithElevenTicksStepByTen() {
    assertThat(LinearScale.nice(0, 52, 11).ticks()).containsExactly(0.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0);
  }

  @Test
  void smallFractionsGetTicksWithoutFloatingPointNoise() {
    assertThat(LinearScale.nice(0, 0.3, 4).ticks()).containsExactly(0.0, 0.1, 0.2, 0.3);
  }

  @Test
  void aSinglePositiveValueIsDrawnFromZero() {
    LinearScale scale = LinearScale.nice(7, 7, 6);
    assertThat(scale.min()).isEqualTo(0);
    assertThat(scale.max()).isGreaterThanOrEqualTo(7);
  }

  @Test
  void aSingleNegativeValueIsDrawnUpToZero() {
    LinearScale scale = LinearScale.nice(-3, -3, 6);
    assertThat(scale.min()).isLessThanOrEqualTo(-3);
    assertThat(scale.max()).isEqualTo(0);
  }

  @Test
  void zeroAloneGetsTheUnitRange() {
    LinearScale scale = LinearScale.nice(0, 0, 6);
    assertThat(scale.min()).isEqualTo(0);
    assertThat(scale.max()).isEqualTo(1);
  }

  @Test
  void mapsValuesOntoAPixelRangeThatMayRunBackwards() {
    LinearScale scale = LinearScale.nice(0, 100, 6);
    assertThat(scale.map(25, 300, 100)).isEqualTo(250);
    assertThat(scale.map(100, 300, 100)).isEqualTo(100);
  }

  @Test
  void aRangeAroundZeroFitsInThreeTicks() {
    assertThat(LinearScale.nice(-824_730, 7.8, 3).ticks()).containsExactly(-1_000_000.0, 0.0, 1_000_000.0);
  }

  @Test
  void rejectsAReversedRangeNamingTheField() {
    assertThatThrownBy(() -> LinearScale.nice(5, 1, 6)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("linearScale.low");
  }

  @Test
  void rejectsAnInfiniteEnd() {
    assertThatThrownBy(() -> LinearScale.nice(0, Double.POSITIVE_INFINITY, 6))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must be finite");
  }

  @Test
  void rejectsFewerThanThreeTicks() {
    assertThatThrownBy(() -> LinearScale.nice(-1, 1, 2)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("linearScale.maxTicks");
  }
}
