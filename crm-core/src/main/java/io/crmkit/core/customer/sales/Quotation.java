package io.crmkit.core.customer.sales;

import io.crmkit.core.money.Money;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A price we quoted: product, price, validity, the cost it rests on and the exchange rate at quote
 * time. Margin = price - cost basis; margin rate = margin / price. The customer's quotations form
 * their quote history.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class Quotation {
  public abstract String quoteId();

  public abstract Product product();

  public abstract LocalDate quotedOn();

  /** The last day the price holds. */
  public abstract LocalDate validUntil();

  public abstract Money price();

  /** What the product costs us; confidential to the company, not to the customer. */
  @Value.Redacted
  public abstract Money costBasis();

  public abstract Optional<ExchangeRate> exchangeRate();

  @Value.Default
  public QuoteIntent intent() {
    return QuoteIntent.PRICE_ENQUIRY;
  }

  /** Starts a quotation: id, product, dates, price and cost basis are required. */
  public static ImmutableQuotation.Builder builder() {
    return ImmutableQuotation.builder();
  }

  @Value.Check
  protected void check() {
    Require.text(quoteId(), "quotation.quoteId");
    Require.that(!validUntil().isBefore(quotedOn()), "quotation.validUntil",
        "must not be before quotedOn " + quotedOn(), validUntil());
    Require.that(price().amount().signum() > 0, "quotation.price", "must be positive", price());
    Require.that(costBasis().currency().equals(price().currency()), "quotation.costBasis",
        "must be in the price's currency " + price().currency(), costBasis().currency());
    Require.that(!costBasis().isNegative(), "quotation.costBasis", "must not be negative",
        costBasis());
    exchangeRate().ifPresent(r -> Require.that(
        r.base().equals(price().currency()) || r.counter().equals(price().currency()),
        "quotation.exchangeRate", "must involve the price's currency " + price().currency(), r));
  }

  /** Price minus cost basis. */
  public Money margin() {
    return price().minus(costBasis());
  }

  /** Margin as a share of the price, to four decimal places (0.2500 = 25%). */
  public BigDecimal marginRate() {
    return margin().amount().divide(price().amount(), 4, RoundingMode.HALF_EVEN);
  }

  /** Whether the price still holds on {@code date}. */
  public boolean isValidOn(LocalDate date) {
    return !date.isBefore(quotedOn()) && !date.isAfter(validUntil());
  }
}
