package io.crmkit.scoring.transactions;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.sales.Order;
import io.crmkit.core.money.CurrencyMismatchException;
import io.crmkit.core.money.Money;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.validation.Require;
import io.crmkit.scoring.transactions.internal.CustomerIds;
import io.crmkit.scoring.transactions.internal.CustomerStats;
import io.crmkit.scoring.transactions.internal.IdIndex;
import io.crmkit.scoring.transactions.internal.RowBlocks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;

/**
 * A compact columnar log of purchases: per row a dense customer index, a day (epoch day) and an
 * amount in integer minor units (cents), so sums are exact and never depend on order. The raw input
 * of value scoring (Differentiate, IDIC step 2); one object per log, not per transaction. Each
 * customer's purchase count, total and first and last day are kept with the log (like a column
 * store's statistics), gathered while a file is read or in one pass when the log is built, so
 * summaries of a log read from a file cost no second pass over its rows.
 *
 * <p>Immutable and thread-safe: the arrays never leave the class and are never written after building.
 */
public final class TransactionLog {
  /** The first and last day of a customer without purchases. */
  public static final int NO_DAY = CustomerStats.NO_DAY;

  /**
   * The longest customer id a log takes: {@value} characters, far above any real key, so a file
   * cannot make the log keep an id of a hundred megabytes.
   */
  public static final int MAX_CUSTOMER_ID_LENGTH = CustomerIds.MAX_LENGTH;

  private final Currency currency;
  private final CustomerIds customerIds;
  /** The rows, in blocks (a builder or reader hands its blocks over without copying). */
  private final RowBlocks rows;
  private final CustomerStats stats;

  private TransactionLog(Currency currency, CustomerIds customerIds, RowBlocks rows, CustomerStats stats) {
    this.currency = currency;
    this.customerIds = customerIds;
    this.rows = rows;
    this.stats = stats != null ? stats : CustomerStats.ofRows(customerIds.size(), rows);
  }

  /** Starts a log of amounts in {@code currency}; its rows are stored in blocks, never copied as it grows. */
  public static Builder builder(Currency currency) {
    return new Builder(Require.notNull(currency, "currency"));
  }

  /** The log of every order of {@code customers}, in {@code currency}; an order in another currency is an error. */
  public static TransactionLog fromCustomers(Collection<Customer> customers, Currency currency) {
    Require.notNull(customers, "customers");
    Builder b = builder(currency);
    for (Customer c : customers) {
      b.customer(c.id().value());
      for (Order o : c.orders()) {
        if (!o.total().currency().equals(currency)) {
          throw new CurrencyMismatchException(currency, o.total().currency());
        }
        b.add(c.id().value(), o.orderDate(), o.total().amount());
      }
    }
    return b.build();
  }

  public Currency currency() {
    return currency;
  }

  /** Number of transactions. */
  public int size() {
    return rows.size();
  }

  /** Number of distinct customers (dense indexes 0..customers()-1). */
  public int customers() {
    return customerIds.size();
  }

  /** The external id of the customer at dense index {@code index}. */
  public String customerId(int index) {
    if (index < 0 || index >= customerIds.size()) {
      Require.that(false, "index", "must lie within 0.." + (customerIds.size() - 1), index);
    }
    return customerIds.get(index);
  }

  /** The dense customer index of row {@code row}. */
  public int customerAt(int row) {
    return rows.customerAt(row);
  }

  /** The epoch day of row {@code row}. */
  public int dayAt(int row) {
    return rows.dayAt(row);
  }

  /** The amount of row {@code row} in minor units. */
  public long amountAt(int row) {
    return rows.amountAt(row);
  }

  /** Rows {@code from} (inclusive) to {@code to} (exclusive), sharing this log's customer index: a chunk to summarize apart. */
  public TransactionLog slice(int from, int to) {
    Require.that(from >= 0 && from <= to && to <= size(), "slice", "must lie within 0.." + size(), from + ".." + to);
    return new TransactionLog(currency, customerIds, rows.copy(from, to), null);
  }

  /**
   * Whether both logs index the same customers the same way (slices of one log always do), so
   * their summaries can be merged.
   */
  public boolean sameCustomers(TransactionLog other) {
    Require.notNull(other, "other");
    return customerIds.equals(other.customerIds);
  }

  /** A log over the rows a reader filled (not copied), with their {@code stats} (or null, to compute them here). */
  static TransactionLog of(Currency currency, CustomerIds ids, RowBlocks rows, CustomerStats stats) {
    return new TransactionLog(currency, ids, rows, stats);
  }

  /** How many purchases customer {@code customer} (a dense index) has in this log. */
  public int purchasesOf(int customer) {
    return stats.purchases(customer);
  }

  /** The total value of customer {@code customer}'s purchases in this log, in minor units. */
  public long totalMinorOf(int customer) {
    return stats.total(customer);
  }

  /** The epoch day of customer {@code customer}'s first purchase in this log, or {@link #NO_DAY}. */
  public int firstDayOf(int customer) {
    return stats.first(customer);
  }

  /** The epoch day of customer {@code customer}'s last purchase in this log, or {@link #NO_DAY}. */
  public int lastDayOf(int customer) {
    return stats.last(customer);
  }

  /** The sum of all amounts in minor units. */
  public long totalMinor() {
    long total = 0;
    for (int c = 0; c < customers(); c++) {
      total = Math.addExact(total, stats.total(c));
    }
    return total;
  }

  @Override
  public String toString() {
    return "TransactionLog{" + size() + " transactions, " + customers() + " customers, " + currency + "}";
  }

  /** Collects rows; customer ids get dense indexes in order of first appearance. Not thread-safe. */
  public static final class Builder {
    private final Currency currency;
    private final int scale;
    private final IdIndex index = new IdIndex();
    private final RowBlocks rows = new RowBlocks();
    private boolean built;

    private Builder(Currency currency) {
      this.currency = currency;
      this.scale = Money.scaleOf(currency);
    }

    /** Registers a customer (who may have no transactions) and returns its dense index. */
    public int customer(String customerId) {
      Require.notNull(customerId, "customerId");
      Require.that(customerId.length() <= MAX_CUSTOMER_ID_LENGTH, "customerId",
          "must be at most " + MAX_CUSTOMER_ID_LENGTH + " characters", customerId.length() + " characters");
      Require.text(customerId, "customerId");
      return index.indexOf(customerId);
    }

    /** Adds a transaction with an amount in minor units (not negative). */
    public Builder addMinor(String customerId, int epochDay, long amountMinor) {
      Require.that(amountMinor >= 0, "amount", "must not be negative", amountMinor);
      return addMinor(customer(customerId), epochDay, amountMinor);
    }

    /** Adds a transaction of an already registered customer index (see {@link #customer}). */
    Builder addMinor(int c, int epochDay, long amountMinor) {
      if (built) {
        throw new IllegalStateException("transactionLog.builder has already built its log: start a new builder");
      }
      rows.add(c, epochDay, amountMinor);
      return this;
    }

    /** Adds a transaction; the amount must have at most the currency's fraction digits. */
    public Builder add(String customerId, LocalDate date, BigDecimal amount) {
      Require.notNull(date, "date");
      return addMinor(customerId, Math.toIntExact(date.toEpochDay()), toMinor(amount));
    }

    long toMinor(BigDecimal value) {
      Require.notNull(value, "amount");
      // Refused before movePointRight, which would expand 1E+999999999 into a billion digits.
      Require.that((long) value.precision() - value.scale() <= 19 && value.scale() <= 19 + scale, "amount",
          "must fit in a long of minor units with at most " + scale + " fraction digits for " + currency,
          value.toString());
      try {
        return value.movePointRight(scale).longValueExact();
      } catch (ArithmeticException e) {
        throw new InvalidValueException("amount", "must have at most " + scale + " fraction digits for "
            + currency + " and fit in a long", value.toPlainString());
      }
    }

    /**
     * The log. The builder hands its rows over without copying (so a large log needs no second
     * copy in memory) and cannot be used afterwards.
     */
    public TransactionLog build() {
      if (built) {
        throw new IllegalStateException("this builder has already built its log");
      }
      built = true;
      return new TransactionLog(currency, CustomerIds.of(index.ids(), index.size()), rows, null);
    }
  }
}
