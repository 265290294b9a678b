package io.crmkit.core.loyalty;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.sales.Order;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Loyalty as behaviour: how much of the buying is repeat buying, and for how long the customer has
 * been buying. Measured apart from emotional loyalty, because a customer can keep buying without
 * any attachment (and be attached without buying).
 *
 * <p>Repeat purchase share = (purchases - 1) / purchases; tenure = days from the first purchase to
 * the as-of date.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class BehavioralLoyalty {
  public abstract int purchases();

  /** Days from the first purchase to the as-of date; 0 without purchases. */
  public abstract long tenureDays();

  /** The share of the customer's category spending that comes to us, if the host knows it (0..1). */
  public abstract Optional<Double> shareOfWallet();

  public static BehavioralLoyalty of(int purchases, long tenureDays) {
    return ImmutableBehavioralLoyalty.builder().purchases(purchases).tenureDays(tenureDays).build();
  }

  /** Behavioural loyalty read from a customer's orders as of a date. */
  public static BehavioralLoyalty of(Customer customer, LocalDate asOf) {
    Require.notNull(customer, "customer");
    Require.notNull(asOf, "asOf");
    Optional<LocalDate> first = customer.orders().stream().map(Order::orderDate).min(LocalDate::compareTo);
    long tenure = first.map(f -> Math.max(0, ChronoUnit.DAYS.between(f, asOf))).orElse(0L);
    return of(customer.orders().size(), tenure);
  }

  @Value.Check
  protected void check() {
    Require.that(purchases() >= 0, "behavioralLoyalty.purchases", "must not be negative", purchases());
    Require.that(tenureDays() >= 0, "behavioralLoyalty.tenureDays", "must not be negative", tenureDays());
    shareOfWallet().ifPresent(s -> Require.that(s >= 0 && s <= 1, "behavioralLoyalty.shareOfWallet",
        "must be within 0..1", s));
  }

  /** (purchases - 1) / purchases: the share of purchases that were repeat purchases; 0 without any. */
  public double repeatPurchaseShare() {
    return purchases() == 0 ? 0.0 : (purchases() - 1) / (double) purchases();
  }
}
