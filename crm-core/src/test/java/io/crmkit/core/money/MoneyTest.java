package io.crmkit.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.validation.InvalidValueException;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void of_padsToTheCurrencyScale() {
    assertThat(Money.of("19.9", "EUR").amount()).hasToString("19.90");
    assertThat(Money.of("500", "JPY").amount()).hasToString("500");
  }

  @Test
  void of_rejectsMoreFractionDigitsThanTheCurrencyHasInsteadOfRounding() {
    assertThatThrownBy(() -> Money.of("19.999", "EUR")).isInstanceOf(InvalidValueException.class)
        .hasMessage("money.amount must have at most 2 fraction digits for EUR, was '19.999'");
  }

  @Test
  void of_rejectsTextThatIsNotANumberOrNotACurrency() {
    assertThatThrownBy(() -> Money.of("12,50", "EUR")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("money.amount must be a plain decimal number");
    assertThatThrownBy(() -> Money.of("12.50", "EURO")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("money.currency must be an ISO 4217 code");
  }

  @Test
  void plus_isExactWhereDoublesDrift() {
    Money sum = Money.zero(Currency.getInstance("EUR"));
    for (int i = 0; i < 10; i++) {
      sum = sum.plus(Money.of("0.10", "EUR"));
    }
    assertThat(sum).isEqualTo(Money.of("1.00", "EUR"));
  }

  @Test
  void combiningCurrenciesNamesBoth() {
    assertThatThrownBy(() -> Money.of("1.00", "EUR").plus(Money.of("1.00", "USD")))
        .isInstanceOf(CurrencyMismatchException.class).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Currencies differ: EUR/USD");
  }

  @Test
  void times_multipliesByAQuantity() {
    assertThat(Money.of("19.90", "EUR").times(3)).isEqualTo(Money.of("59.70", "EUR"));
  }
}
