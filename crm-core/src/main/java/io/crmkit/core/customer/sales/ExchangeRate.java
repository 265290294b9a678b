package io.crmkit.core.customer.sales;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.math.BigDecimal;
import java.util.Currency;
import org.immutables.value.Value;

/**
 * The rate at which one unit of {@code base} bought {@code rate} units of {@code counter} when a
 * quotation was made: kept with the quote because a price is only comparable at its own rate.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ExchangeRate {
  @Value.Parameter
  public abstract Currency base();

  @Value.Parameter
  public abstract Currency counter();

  @Value.Parameter
  public abstract BigDecimal rate();

  public static ExchangeRate of(Currency base, Currency counter, BigDecimal rate) {
    return ImmutableExchangeRate.of(base, counter, rate);
  }

  @Value.Check
  protected void check() {
    Require.that(!base().equals(counter()), "exchangeRate.counter", "must differ from base " + base(),
        counter());
    Require.that(rate().signum() > 0, "exchangeRate.rate", "must be positive", rate().toPlainString());
  }
}
