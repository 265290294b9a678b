package io.crmkit.scoring.churn;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.sales.Order;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer used one of the company's products or services on a day: a purchase, a billing period
 * of a subscription, a recorded use. The input of full and partial churn, which a plain transaction
 * log (customer, day, amount) cannot tell apart.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customer who
 * @param product which product or service, by the host's name for it
 * @param on the day
 */
public record ProductActivity(CustomerId customer, String product, LocalDate on) {
  public ProductActivity {
    Require.notNull(customer, "productActivity.customer");
    Require.text(product, "productActivity.product");
    Require.notNull(on, "productActivity.on");
  }

  /** The activities of {@code customer}'s orders: one per order, named as the churn rules name products. */
  public static List<ProductActivity> fromOrders(Customer customer) {
    Require.notNull(customer, "customer");
    return customer.orders().stream().map(o -> new ProductActivity(customer.id(), productOf(o), o.orderDate()))
        .toList();
  }

  private static String productOf(Order order) {
    return order.product().toString();
  }
}
