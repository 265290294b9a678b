package io.crmkit.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.validation.InvalidValueException;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/**
 * Amounts written to stall the library (issue 22, denial of service): each is refused before any
 * arithmetic expands it, with a short message that names the field and the rule.
 */
class HostileAmountTest {
  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void anAmountWithAHugeExponentIsRefusedAsTextBeforeItIsExpanded() {
    assertThatThrownBy(() -> Money.of("1e10000000", "EUR")).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("money.amount must be a plain decimal number")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    assertThatThrownBy(() -> Money.of("1e999999999", "EUR")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aBigDecimalWithAHugeExponentIsRefusedWithoutBeingScaled() {
    assertThatThrownBy(() -> Money.of(new BigDecimal("1e10000000"), EUR)).isInstanceOf(InvalidValueException.class)
        .hasMessage("money.amount must have at most 18 integer digits, was '1E+10000000'");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1e-10000000"), EUR)).isInstanceOf(InvalidValueException.class)
        .hasMessage("money.amount must have at most 2 fraction digits for EUR, was '1E-10000000'");
  }

  @Test
  void anAmountOfAMillionDigitsIsRefusedWithAShortMessage() {
    String digits = "9".repeat(1_600_000);
    assertThatThrownBy(() -> Money.of(digits, "EUR")).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("money.amount must be at most 40 characters")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
  }

  @Test
  void theLargestAmountAllowedIsStillExact() {
    Money m = Money.of("999999999999999999.99", "EUR");
    assertThat(m.amount()).isEqualByComparingTo("999999999999999999.99");
    assertThatThrownBy(() -> Money.of("1000000000000000000", "EUR")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at most 18 integer digits");
  }

  @Test
  void plainDecimalTextWithASignAndSpacesIsStillRead() {
    assertThat(Money.of(" +19.90 ", "EUR").amount()).isEqualByComparingTo("19.90");
    assertThat(Money.of("-3", "JPY").amount()).isEqualByComparingTo("-3");
    for (String notPlain : new String[] {"1.", ".5", "1,5", "0x10", "1e2", "NaN", "--1", "1.2.3", "１２"}) {
      assertThatThrownBy(() -> Money.of(notPlain, "EUR")).as(notPlain).isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("money.amount");
    }
  }
}
