package io.crmkit.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.crmkit.core.money.Money;
import io.crmkit.core.validation.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LifetimeValueTest {

  @Test
  void threeYearsAtEightyPercentRetentionAndTenPercentDiscount() {
    // 100 + 100 x 0.8/1.1 + 100 x (0.8/1.1)^2 = 100 + 72.7272... + 52.8925... = 225.62
    LifetimeValue clv = LifetimeValue.of(Money.of("100.00", "EUR"), new BigDecimal("0.8"), new BigDecimal("0.1"), 3);
    assertThat(clv.value()).isEqualTo(Money.of("225.62", "EUR"));
    assertThat(clv.describe()).startsWith("CLV EUR 225.62 over 3 periods").contains("80% retention")
        .contains("10% discount");
  }

  @Test
  void aLoyalLowSpenderCanBeWorthMoreThanAOneOffBigSpender() {
    Money loyal = LifetimeValue.of(Money.of("300.00", "EUR"), new BigDecimal("0.9"), new BigDecimal("0.1"), 10).value();
    Money oneOff = LifetimeValue.of(Money.of("1000.00", "EUR"), new BigDecimal("0.2"), new BigDecimal("0.1"), 10).value();
    assertThat(loyal.isAtLeast(oneOff)).isTrue();
  }

  @Test
  void higherRetentionNeverLowersTheValue() {
    qt().forAll(integers().between(0, 99), integers().between(0, 50), integers().between(1, 40))
        .checkAssert((r, d, t) -> {
          Money margin = Money.of("250.00", "EUR");
          Money lower = LifetimeValue.of(margin, BigDecimal.valueOf(r, 2), BigDecimal.valueOf(d, 2), t).value();
          Money higher = LifetimeValue.of(margin, BigDecimal.valueOf(r + 1, 2), BigDecimal.valueOf(d, 2), t).value();
          assertThat(higher.isAtLeast(lower)).isTrue();
        });
  }

  @Test
  void retentionIsAShare() {
    assertThatThrownBy(() -> LifetimeValue.of(Money.of("1.00", "EUR"), new BigDecimal("1.2"), new BigDecimal("0.1"), 3))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("lifetimeValue.retention must be within 0..1");
  }

  @SuppressWarnings("deprecation")
  @Test
  void ratesGivenAsTextThatIsNoNumberAreRefusedByName() {
    assertThatThrownBy(() -> LifetimeValue.of(Money.of("1.00", "EUR"), "abc", "0.1", 3))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("lifetimeValue.retention must be a plain decimal number");
    assertThatThrownBy(() -> LifetimeValue.of(Money.of("1.00", "EUR"), "0.5", null, 3))
        .isInstanceOf(InvalidValueException.class).hasMessage("lifetimeValue.discount must not be null, was null");
    assertThatThrownBy(() -> LifetimeValue.of(null, new BigDecimal("0.5"), BigDecimal.ONE, 3))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("lifetimeValue.marginPerPeriod");
  }
}
