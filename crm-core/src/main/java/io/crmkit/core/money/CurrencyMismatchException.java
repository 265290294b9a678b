package io.crmkit.core.money;

import java.util.Currency;

/** Two amounts in different currencies were combined or compared. Keeps both currencies. */
public final class CurrencyMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Currency first;
  private final transient Currency second;

  public CurrencyMismatchException(Currency first, Currency second) {
    super("Currencies differ: " + first.getCurrencyCode() + "/" + second.getCurrencyCode());
    this.first = first;
    this.second = second;
  }

  /** The currency of the amount the operation was called on. */
  public Currency first() {
    return first;
  }

  /** The currency of the other amount. */
  public Currency second() {
    return second;
  }
}
