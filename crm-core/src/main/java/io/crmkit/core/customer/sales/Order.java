package io.crmkit.core.customer.sales;

import io.crmkit.core.money.Money;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A purchase the customer made: the business record deal status, importance and value scoring are
 * computed from. Total = unit price x quantity, exact. Notes are personal and redacted.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class Order {
  public abstract String orderId();

  public abstract LocalDate orderDate();

  /** When the goods shipped; empty until then. */
  public abstract Optional<LocalDate> shipDate();

  public abstract Product product();

  public abstract Money unitPrice();

  public abstract int quantity();

  /** Free text about the order; may name the customer's affairs, so it stays out of {@code toString}. */
  @Value.Redacted
  public abstract Optional<String> notes();

  /** Starts an order: id, order date, product, unit price and quantity are required. */
  public static ImmutableOrder.Builder builder() {
    return ImmutableOrder.builder();
  }

  @Value.Check
  protected void check() {
    Require.text(orderId(), "order.orderId");
    Require.that(quantity() > 0, "order.quantity", "must be positive", quantity());
    Require.that(!unitPrice().isNegative(), "order.unitPrice", "must not be negative", unitPrice());
    shipDate().ifPresent(s -> Require.that(!s.isBefore(orderDate()), "order.shipDate",
        "must not be before orderDate " + orderDate(), s));
    notes().ifPresent(n -> Require.confidentialText(n, "order.notes"));
  }

  /** Unit price times quantity. */
  @Value.Derived
  public Money total() {
    return unitPrice().times(quantity());
  }
}
