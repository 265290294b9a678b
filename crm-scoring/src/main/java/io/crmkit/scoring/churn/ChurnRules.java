package io.crmkit.scoring.churn;

import io.crmkit.core.customer.Customer;

import io.crmkit.core.customer.sales.Order;
import io.crmkit.core.money.Money;
import io.crmkit.core.validation.Require;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The built-in churn rules, each reading a customer's own rhythm rather than a fixed calendar:
 *
 * <ul>
 *   <li>{@code overdue}: days since the last purchase exceed {@code factor} x the customer's mean
 *       gap between purchases (needs two purchases).
 *   <li>{@code falling-spend}: spend in the last period is below (1 - drop) x spend in the period
 *       before (in the currency of the orders).
 *   <li>{@code partial-churn}: a product the customer bought repeatedly is overdue by its own rhythm
 *       while they still buy other products within {@code factor} x their overall rhythm: they are
 *       leaving one line of business, not the company (distinct from full churn).
 * </ul>
 */
public final class ChurnRules {
  private ChurnRules() {}

  /** The three rules with a factor of 2, periods of 90 days and a 30% drop. */
  public static List<ChurnRule> defaults() {
    return List.of(overdue(2.0), fallingSpend(90, new BigDecimal("0.30")), partialChurn(2.0));
  }

  public static ChurnRule overdue(double factor) {
    Require.that(factor >= 1, "factor", "must be at least 1", factor);
    return rule("overdue", (c, asOf) -> {
      List<LocalDate> days = purchaseDays(c.orders());
      if (days.size() < 2) {
        return List.of();
      }
      double rhythm = meanGap(days);
      long since = ChronoUnit.DAYS.between(days.get(days.size() - 1), asOf);
      if (rhythm > 0 && since > factor * rhythm) {
        return List.of(ChurnSignal.of(c.id(), "overdue", String.format(java.util.Locale.ROOT,
            "%d days since the last purchase; the customer's rhythm is %.0f days", since, rhythm)));
      }
      return List.of();
    });
  }

  public static ChurnRule fallingSpend(int periodDays, BigDecimal drop) {
    Require.that(periodDays >= 1, "periodDays", "must be at least 1", periodDays);
    Require.that(drop.signum() > 0 && drop.compareTo(BigDecimal.ONE) < 0, "drop", "must be within (0, 1)",
        drop.toPlainString());
    return rule("falling-spend", (c, asOf) -> {
      LocalDate lastStart = asOf.minusDays(periodDays);
      LocalDate previousStart = lastStart.minusDays(periodDays);
      BigDecimal last = spend(c.orders(), lastStart, asOf);
      BigDecimal previous = spend(c.orders(), previousStart, lastStart);
      if (previous.signum() > 0 && last.compareTo(previous.multiply(BigDecimal.ONE.subtract(drop))) < 0) {
        return List.of(ChurnSignal.of(c.id(), "falling-spend", "spend fell from " + previous.toPlainString()
            + " to " + last.toPlainString() + " over the last " + periodDays + " days"));
      }
      return List.of();
    });
  }

  public static ChurnRule partialChurn(double factor) {
    Require.that(factor >= 1, "factor", "must be at least 1", factor);
    return rule("partial-churn", (c, asOf) -> {
      List<LocalDate> all = purchaseDays(c.orders());
      if (all.size() < 2) {
        return List.of();
      }
      double overall = meanGap(all);
      boolean stillBuying = ChronoUnit.DAYS.between(all.get(all.size() - 1), asOf) <= factor * Math.max(1, overall);
      if (!stillBuying) {
        return List.of();
      }
      Map<String, List<Order>> byProduct = c.orders().stream().collect(Collectors.groupingBy(
          o -> o.product().toString(), TreeMap::new, Collectors.toList()));
      List<ChurnSignal> signals = new ArrayList<>();
      byProduct.forEach((product, orders) -> {
        List<LocalDate> days = purchaseDays(orders);
        if (days.size() >= 2) {
          double rhythm = meanGap(days);
          long since = ChronoUnit.DAYS.between(days.get(days.size() - 1), asOf);
          if (rhythm > 0 && since > factor * rhythm) {
            signals.add(ChurnSignal.of(c.id(), "partial-churn", String.format(java.util.Locale.ROOT,
                "stopped buying %s (%d days, usually every %.0f) while still buying other products",
                product, since, rhythm)));
          }
        }
      });
      return signals;
    });
  }

  private static ChurnRule rule(String name, java.util.function.BiFunction<Customer, LocalDate, List<ChurnSignal>> body) {
    return new ChurnRule() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<ChurnSignal> check(Customer customer, LocalDate asOf) {
        Require.notNull(customer, "customer");
        Require.notNull(asOf, "asOf");
        return body.apply(customer, asOf);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  private static List<LocalDate> purchaseDays(List<Order> orders) {
    return orders.stream().map(Order::orderDate).distinct().sorted().collect(Collectors.toList());
  }

  private static double meanGap(List<LocalDate> sortedDays) {
    return ChronoUnit.DAYS.between(sortedDays.get(0), sortedDays.get(sortedDays.size() - 1))
        / (double) (sortedDays.size() - 1);
  }

  private static BigDecimal spend(List<Order> orders, LocalDate fromInclusive, LocalDate toExclusive) {
    return orders.stream().filter(o -> !o.orderDate().isBefore(fromInclusive) && o.orderDate().isBefore(toExclusive))
        .map(Order::total).map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** All signals of {@code rules} for {@code customer}, in rule order. */
  public static List<ChurnSignal> assess(Customer customer, LocalDate asOf, List<ChurnRule> rules) {
    Require.notNull(rules, "rules");
    List<ChurnSignal> out = new ArrayList<>();
    rules.forEach(r -> out.addAll(r.check(customer, asOf)));
    return List.copyOf(out);
  }

}
