package io.crmkit.scoring.transactions;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Currency;
import org.immutables.value.Value;

/**
 * How a transaction file is laid out: delimited (CSV, with quotes) or whitespace-separated (CDNOW),
 * a header line or not, which columns hold customer, date and amount, the date pattern and the
 * currency of the amounts.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class TransactionFormat {

  /** How fields are separated. */
  public enum Layout {
    /** One separator character; fields may be quoted with {@code "}, a quote inside doubled. */
    DELIMITED,
    /** Runs of spaces or tabs, leading ones ignored. */
    WHITESPACE
  }

  public abstract Layout layout();

  @Value.Default
  public char separator() {
    return ',';
  }

  /** Whether the first non-blank line names the columns. */
  @Value.Default
  public boolean header() {
    return true;
  }

  /**
   * A {@link DateTimeFormatter} pattern such as {@code dd.MM.uuuu} or {@code MM/dd/yyyy}, read
   * strictly (the 31st of February is refused); {@code yyyy} is read as {@code uuuu}, the
   * proleptic year, since a strict reader cannot resolve a year of era without an era.
   */
  @Value.Default
  public String datePattern() {
    return "uuuu-MM-dd";
  }

  /**
   * Whether amounts are written with a decimal comma ({@code 12,50}), as in much of Europe; the
   * separator must then not be a comma. Thousands separators are not read either way.
   */
  @Value.Default
  public boolean decimalComma() {
    return false;
  }

  /** How many fields a row has. */
  public abstract int columns();

  /** 0-based column of the customer id. */
  public abstract int customerColumn();

  public abstract int dateColumn();

  public abstract int amountColumn();

  public abstract Currency currency();

  /** {@code customer_id,date,amount} with a header, ISO dates. */
  public static TransactionFormat csv(Currency currency) {
    return ImmutableTransactionFormat.builder().layout(Layout.DELIMITED).columns(3).customerColumn(0).dateColumn(1)
        .amountColumn(2).currency(currency).build();
  }

  /**
   * The CDNOW master file (Fader and Hardie): whitespace-separated {@code customer_id date
   * number_of_cds dollar_value}, a header, dates as {@code yyyyMMdd}, US dollars.
   */
  public static TransactionFormat cdnowMaster() {
    return ImmutableTransactionFormat.builder().layout(Layout.WHITESPACE).datePattern("uuuuMMdd").columns(4)
        .customerColumn(0).dateColumn(1).amountColumn(3).currency(Currency.getInstance("USD")).build();
  }

  /** The CDNOW 1/10 sample: {@code customer_id master_id date number_of_cds dollar_value}, no header. */
  public static TransactionFormat cdnowSample() {
    return ImmutableTransactionFormat.builder().layout(Layout.WHITESPACE).header(false).datePattern("uuuuMMdd")
        .columns(5).customerColumn(0).dateColumn(2).amountColumn(4).currency(Currency.getInstance("USD")).build();
  }

  public static ImmutableTransactionFormat.Builder builder() {
    return ImmutableTransactionFormat.builder();
  }

  @Value.Check
  protected void check() {
    Require.that(columns() >= 3, "transactionFormat.columns", "must be at least 3", columns());
    for (int c : new int[] {customerColumn(), dateColumn(), amountColumn()}) {
      Require.that(c >= 0 && c < columns(), "transactionFormat.column", "must lie within 0.." + (columns() - 1), c);
    }
    Require.that(customerColumn() != dateColumn() && dateColumn() != amountColumn()
        && customerColumn() != amountColumn(), "transactionFormat.column", "must be three different columns",
        customerColumn() + "/" + dateColumn() + "/" + amountColumn());
    Require.that(separator() != '"' && separator() != '.' && !Character.isLetterOrDigit(separator())
        && separator() != '\n' && separator() != '\r', "transactionFormat.separator",
        "must not be a quote, point, line end, letter or digit", separator());
    Require.that(!decimalComma() || separator() != ',', "transactionFormat.separator",
        "must not be ',' when amounts have a decimal comma", separator());
    Require.text(datePattern(), "transactionFormat.datePattern");
    try {
      formatter(datePattern());
    } catch (IllegalArgumentException e) {
      Require.that(false, "transactionFormat.datePattern", "must be a valid date pattern (e.g. dd.MM.uuuu)",
          datePattern());
    }
  }

  /** The strict formatter for {@link #datePattern()}. */
  @Value.Lazy
  public DateTimeFormatter dateFormatter() {
    return formatter(datePattern());
  }

  private static DateTimeFormatter formatter(String pattern) {
    return DateTimeFormatter.ofPattern(properYears(pattern)).withResolverStyle(ResolverStyle.STRICT);
  }

  /** {@code pattern} with every {@code y} outside quoted text made {@code u}. */
  static String properYears(String pattern) {
    StringBuilder out = new StringBuilder(pattern.length());
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      }
      out.append(!quoted && c == 'y' ? 'u' : c);
    }
    return out.toString();
  }
}
