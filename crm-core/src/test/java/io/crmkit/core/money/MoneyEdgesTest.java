package io.crmkit.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.validation.InvalidValueException;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Money at its edges: zero, currency mismatches in every operation, the scale rule of the value itself, messages. */
class MoneyEdgesTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency USD = Currency.getInstance("USD");

  @Test
  void zeroIsZeroAndOtherAmountsAreNot() {
    assertThat(Money.zero(EUR).isZero()).isTrue();
    assertThat(Money.of("0.01", "EUR").isZero()).isFalse();
    assertThat(Money.of("-0.01", "EUR").isZero()).isFalse();
  }

  @Test
  void everyOperationOnTwoCurrenciesIsAMismatchNamingBoth() {
    Money eur = Money.of("1.00", "EUR");
    Money usd = Money.of("1.00", "USD");
    assertThatThrownBy(() -> eur.minus(usd)).isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
      assertThat(e.first()).isEqualTo(EUR);
      assertThat(e.second()).isEqualTo(USD);
    });
    assertThatThrownBy(() -> eur.compareTo(usd)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> eur.isAtLeast(usd)).isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void aValueBuiltAroundTheFactoryMustStillHaveTheCurrencysScale() {
    assertThatThrownBy(() -> ImmutableMoney.of(new BigDecimal("1.5"), EUR)).isInstanceOf(InvalidValueException.class)
        .hasMessage("money.amount must have the scale of EUR, was '1.5'");
  }

  @Test
  void itPrintsAsCodeAndPlainAmount() {
    assertThat(Money.of("1234.5", "EUR")).hasToString("EUR 1234.50");
  }

  @Test
  void aRefusedAmountIsShownPlainWhenShortAndInScientificNotationWhenLong() {
    assertThatThrownBy(() -> Money.of(new BigDecimal("1E-40"), EUR))
        .hasMessageEndingWith("was '0." + "0".repeat(39) + "1'");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1E-41"), EUR)).hasMessageEndingWith("was '1E-41'");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1" + "0".repeat(40)), EUR))
        .hasMessageEndingWith("was '1" + "0".repeat(40) + "'");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1.1E+100"), EUR)).hasMessageEndingWith("was '1.1E+100'");
  }
}
