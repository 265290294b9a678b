package io.crmkit.examples.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class ValueFormatTest {

  @Test
  void percentTicksShowOnlyTheDecimalsTheStepNeeds() {
    assertThat(ValueFormat.percent().tick(0.4, 0.2)).isEqualTo("40%");
    assertThat(ValueFormat.percent().tick(0.025, 0.005)).isEqualTo("2.5%");
  }

  @Test
  void aPercentLabelKeepsOneDecimalWhenItHasOne() {
    assertThat(ValueFormat.percent().format(0.3166)).isEqualTo("31.7%");
    assertThat(ValueFormat.percent().format(0.2)).isEqualTo("20%");
  }

  @Test
  void moneyGroupsDigitsAndDropsCentsOnLargeAmounts() {
    assertThat(ValueFormat.money("¥").format(1234.567)).isEqualTo("¥1,235");
    assertThat(ValueFormat.money("$").format(12.5)).isEqualTo("$12.5");
    assertThat(ValueFormat.money("$").tick(5000, 2500)).isEqualTo("$5,000");
    assertThat(ValueFormat.money("$").format(-40)).isEqualTo("-$40");
  }

  @Test
  void numbersGroupThousandsWithACommaInEveryLanguage() {
    assertThat(ValueFormat.number().tick(1500, 500)).isEqualTo("1,500");
    assertThat(ValueFormat.number().tick(0.6, 0.6)).isEqualTo("0.6");
  }

  @Test
  void neverWritesMinusZero() {
    assertThat(ValueFormat.number().tick(-0.0001, 0.1)).isEqualTo("0.0");
    assertThat(ValueFormat.number().format(-0.0)).isEqualTo("0");
  }

  @Test
  void aMoneyFormatNeedsItsCurrencySymbol() {
    assertThatThrownBy(() -> ValueFormat.money(" ")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("valueFormat.symbol");
  }

  @Test
  void refusesToFormatNaN() {
    assertThatThrownBy(() -> ValueFormat.number().format(Double.NaN)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must be finite");
  }
}
