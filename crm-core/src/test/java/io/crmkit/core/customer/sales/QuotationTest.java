package io.crmkit.core.customer.sales;

import static io.crmkit.core.customer.CustomerGen.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.money.Money;
import io.crmkit.core.validation.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class QuotationTest {

  @Test
  void marginIsPriceMinusCostAndItsRateIsMarginOverPrice() {
    Quotation q = quote("q-1", Product.of("Edge router", "ER-4"), "1200.00", "900.00", LocalDate.of(2025, 5, 1));

    assertThat(q.margin()).isEqualTo(Money.of("300.00", "EUR"));
    assertThat(q.marginRate()).isEqualByComparingTo("0.25");
  }

  @Test
  void aQuoteHoldsFromItsDateThroughItsLastValidDay() {
    Quotation q = quote("q-1", Product.of("Edge router", "ER-4"), "1200.00", "900.00", LocalDate.of(2025, 5, 1));

    assertThat(q.isValidOn(LocalDate.of(2025, 5, 31))).isTrue();
    assertThat(q.isValidOn(LocalDate.of(2025, 6, 1))).isFalse();
    assertThat(q.isValidOn(LocalDate.of(2025, 4, 30))).isFalse();
  }

  @Test
  void theCostBasisNeverPrintsBecauseItIsCommerciallyConfidential() {
    Quotation q = quote("q-1", Product.of("Edge router", "ER-4"), "1200.00", "987.65", LocalDate.of(2025, 5, 1));
    assertThat(q.toString()).doesNotContain("987.65").contains("costBasis=<redacted>");
  }

  @Test
  void theExchangeRateMustInvolveThePriceCurrency() {
    ExchangeRate usdJpy = ExchangeRate.of(Currency.getInstance("USD"), Currency.getInstance("JPY"),
        new BigDecimal("151.20"));
    assertThatThrownBy(() -> Quotation.builder().from(quote("q-1", Product.of("Edge router", "ER-4"),
        "1200.00", "900.00", LocalDate.of(2025, 5, 1))).exchangeRate(usdJpy).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("quotation.exchangeRate");
  }

  @Test
  void aQuoteCannotExpireBeforeItIsMade() {
    assertThatThrownBy(() -> Quotation.builder().quoteId("q-9").product(Product.of("Edge router", "ER-4"))
        .quotedOn(LocalDate.of(2025, 5, 1)).validUntil(LocalDate.of(2025, 4, 1))
        .price(Money.of("10.00", "EUR")).costBasis(Money.of("5.00", "EUR")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("quotation.validUntil must not be before quotedOn 2025-05-01");
  }

  @Test
  void costAndPriceMustShareACurrency() {
    assertThatThrownBy(() -> Quotation.builder().quoteId("q-9").product(Product.of("Edge router", "ER-4"))
        .quotedOn(LocalDate.of(2025, 5, 1)).validUntil(LocalDate.of(2025, 6, 1))
        .price(Money.of("10.00", "EUR")).costBasis(Money.of("5.00", "USD")).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("quotation.costBasis");
  }
}
