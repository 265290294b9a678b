package io.crmkit.core.money;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.validation.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.immutables.value.Value;

/**
 * An exact amount of money in one currency: what an order costs, what a quote asks, what a customer
 * is worth. Held as a {@link BigDecimal} at the currency's own scale (two places for EUR and CNY,
 * none for JPY); never a {@code double}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class Money implements Comparable<Money> {
  /**
   * The most digits an amount may have before its point: a quintillion less one in any currency,
   * beyond every real balance, and small enough that an amount such as {@code 1E+10000000} is
   * refused before it is ever expanded.
   */
  public static final int MAX_INTEGER_DIGITS = 18;

  /** The amount, at exactly the currency's default number of fraction digits. */
  @Value.Parameter
  public abstract BigDecimal amount();

  /** The ISO 4217 currency. */
  @Value.Parameter
  public abstract Currency currency();

  /**
   * Money of an amount in a currency. Trailing zeros are padded to the currency's scale; more
   * fraction digits than the currency has are rejected rather than rounded away, and so is an
   * amount of more than {@value #MAX_INTEGER_DIGITS} integer digits (checked before any scaling).
   */
  public static Money of(BigDecimal amount, Currency currency) {
    Require.notNull(amount, "money.amount");
    Require.notNull(currency, "money.currency");
    int scale = scaleOf(currency);
    // precision and scale are read without expanding the number: 1E+10000000 is refused here at once.
    Require.that((long) amount.precision() - amount.scale() <= MAX_INTEGER_DIGITS, "money.amount",
        "must have at most " + MAX_INTEGER_DIGITS + " integer digits", shown(amount));
    Require.that(amount.scale() <= scale || amount.stripTrailingZeros().scale() <= scale, "money.amount",
        "must have at most " + scale + " fraction digits for " + currency, shown(amount));
    return ImmutableMoney.of(amount.setScale(scale, RoundingMode.UNNECESSARY), currency);
  }

  /** The amount for a message: plain when short, in scientific notation when plain would be long. */
  private static String shown(BigDecimal amount) {
    return Math.abs((long) amount.scale()) > Require.MAX_DECIMAL_LENGTH || amount.precision() > Require.MAX_DECIMAL_LENGTH
        ? amount.toString() : amount.toPlainString();
  }

  /**
   * Money parsed from plain decimal text and an ISO 4217 code: {@code Money.of("19.90", "EUR")}.
   * The text must be a plain decimal (no exponent) of at most {@value Require#MAX_DECIMAL_LENGTH}
   * characters; see {@link Require#decimal}.
   */
  public static Money of(String amount, String currencyCode) {
    BigDecimal parsed = Require.decimal(amount, "money.amount");
    Require.text(currencyCode, "money.currency");
    Currency currency;
    try {
      currency = Currency.getInstance(currencyCode.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(
          "money.currency", "must be an ISO 4217 code", "'" + currencyCode + "'");
    }
    return of(parsed, currency);
  }

  /** Zero in a currency. */
  public static Money zero(Currency currency) {
    return of(BigDecimal.ZERO, currency);
  }

  @Value.Check
  protected void check() {
    Require.that(amount().scale() == scaleOf(currency()), "money.amount",
        "must have the scale of " + currency(), amount().toPlainString());
  }

  /** This plus {@code other}; both in the same currency. */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return ImmutableMoney.of(amount().add(other.amount()), currency());
  }

  /** This minus {@code other}; both in the same currency. */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return ImmutableMoney.of(amount().subtract(other.amount()), currency());
  }

  /** This times a whole quantity: the total of an order line. */
  public Money times(long quantity) {
    return ImmutableMoney.of(amount().multiply(BigDecimal.valueOf(quantity)), currency());
  }

  /** Whether the amount is below zero. */
  public boolean isNegative() {
    return amount().signum() < 0;
  }

  /** Whether the amount is zero. */
  public boolean isZero() {
    return amount().signum() == 0;
  }

  /** Whether this is at least {@code other}; both in the same currency. */
  public boolean isAtLeast(Money other) {
    return compareTo(other) >= 0;
  }

  /** Compares amounts of the same currency; a different currency is a {@link CurrencyMismatchException}. */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount().compareTo(other.amount());
  }

  private void requireSameCurrency(Money other) {
    Require.notNull(other, "money");
    if (!currency().equals(other.currency())) {
      throw new CurrencyMismatchException(currency(), other.currency());
    }
  }

  /**
   * The number of fraction digits every amount in {@code currency} has: 2 for EUR and CNY, 0 for JPY,
   * and 0 for a currency without minor units (the JDK reports -1 for XAU, say).
   */
  public static int scaleOf(Currency currency) {
    return Math.max(0, currency.getDefaultFractionDigits());
  }

  @Override
  public String toString() {
    return currency().getCurrencyCode() + " " + amount().toPlainString();
  }
}
