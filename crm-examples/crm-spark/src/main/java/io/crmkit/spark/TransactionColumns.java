package io.crmkit.spark;

import io.crmkit.core.money.Money;
import io.crmkit.core.validation.Require;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Currency;

/**
 * Where a transaction {@code Dataset<Row>} keeps what value scoring reads: the column of the customer
 * id, of the purchase date (a date, a timestamp, or text in {@link #datePattern()}) and of the
 * amount (a decimal, an integer or text holding a plain decimal), the currency the amounts are in,
 * and the time zone in which a timestamp falls on a day. The defaults are those of crm-scoring's
 * CSV format: {@code customer_id}, {@code date}, {@code amount}, ISO dates, UTC.
 *
 * <p>Immutable and thread-safe; serializable, since Spark ships it to the executors.
 *
 * @param customerId the column of the customer id
 * @param date the column of the purchase date or time
 * @param amount the column of the amount, in major units ({@code 12.50})
 * @param datePattern the {@link DateTimeFormatter} pattern of dates held as text, read strictly
 * @param currency the currency of every amount; its fraction digits say how amounts become minor units
 * @param zone the zone in which a timestamp's day is taken
 */
public record TransactionColumns(String customerId, String date, String amount, String datePattern,
    Currency currency, ZoneId zone) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Validates every field: the column names are distinct non-blank text, the pattern a valid one. */
  public TransactionColumns {
    Require.text(customerId, "transactionColumns.customerId");
    Require.text(date, "transactionColumns.date");
    Require.text(amount, "transactionColumns.amount");
    Require.that(!customerId.equals(date) && !date.equals(amount) && !customerId.equals(amount),
        "transactionColumns", "must name three different columns", customerId + "/" + date + "/" + amount);
    Require.text(datePattern, "transactionColumns.datePattern");
    Require.notNull(currency, "transactionColumns.currency");
    Require.notNull(zone, "transactionColumns.zone");
    try {
      formatter(datePattern);
    } catch (IllegalArgumentException e) {
      Require.that(false, "transactionColumns.datePattern", "must be a valid date pattern (e.g. dd.MM.uuuu)",
          datePattern);
    }
  }

  /** {@code customer_id}, {@code date} (ISO), {@code amount} in {@code currency}, timestamps in UTC. */
  public static TransactionColumns of(Currency currency) {
    return new TransactionColumns("customer_id", "date", "amount", "uuuu-MM-dd", currency, ZoneId.of("UTC"));
  }

  /** These columns under other names. */
  public TransactionColumns withNames(String customerId, String date, String amount) {
    return new TransactionColumns(customerId, date, amount, datePattern, currency, zone);
  }

  /** These columns with dates held as text in {@code pattern} (e.g. {@code uuuuMMdd} for CDNOW). */
  public TransactionColumns withDatePattern(String pattern) {
    return new TransactionColumns(customerId, date, amount, pattern, currency, zone);
  }

  /** These columns with timestamps taken as days in {@code zone}. */
  public TransactionColumns withZone(ZoneId zone) {
    return new TransactionColumns(customerId, date, amount, datePattern, currency, zone);
  }

  /** The fraction digits of {@link #currency()}: 2 for euros, 0 for yen. */
  public int scale() {
    return Money.scaleOf(currency);
  }

  /** The strict formatter of {@link #datePattern()} ({@code yyyy} read as the proleptic year {@code uuuu}). */
  public DateTimeFormatter dateFormatter() {
    return formatter(datePattern);
  }

  private static DateTimeFormatter formatter(String pattern) {
    StringBuilder proper = new StringBuilder(pattern.length());
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      }
      proper.append(!quoted && c == 'y' ? 'u' : c);
    }
    try {
      return DateTimeFormatter.ofPattern(proper.toString()).withResolverStyle(ResolverStyle.STRICT);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
