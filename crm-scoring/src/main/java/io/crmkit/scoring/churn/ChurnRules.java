package io.crmkit.scoring.churn;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.sales.Order;
import io.crmkit.core.money.Money;
import io.crmkit.core.rule.NamedRule;
import io.crmkit.core.validation.Require;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The built-in churn rules, each a named rule reading a customer's own rhythm rather than a fixed
 * calendar; {@link #allCurrentRules()} lists them with their usual settings:
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
  public static List<ChurnRule> allCurrentRules() {
    return List.of(overdue(2.0), fallingSpend(90, new BigDecimal("0.30")), partialChurn(2.0));
  }

  public static ChurnRule overdue(double factor) {
    return new Overdue(factor);
  }

  public static ChurnRule fallingSpend(int periodDays, BigDecimal drop) {
    return new FallingSpend(periodDays, drop);
  }

  public static ChurnRule partialChurn(double factor) {
    return new PartialChurn(factor);
  }

  /**
   * The {@code overdue} rule on a customer's purchase days alone, as a distributed engine or a
   * transaction log knows them: with at least two purchase days, the mean gap is the days from the
   * first to the last purchase over the gaps between purchase days, and the customer is overdue
   * when more than {@code factor} mean gaps have passed since the last purchase.
   *
   * @param purchaseDays distinct days with a purchase
   * @param daysFirstToLast days from the first purchase to the last
   * @param daysSinceLast days from the last purchase to the day of the assessment
   */
  public static boolean isOverdue(int purchaseDays, long daysFirstToLast, long daysSinceLast, double factor) {
    if (purchaseDays < 2) {
      return false;
    }
    double meanGap = daysFirstToLast / (double) (purchaseDays - 1);
    return meanGap > 0 && daysSinceLast > factor * meanGap;
  }

  /** All signals of {@code rules} for {@code customer}, in rule order. */
  public static List<ChurnSignal> assess(Customer customer, LocalDate asOf, List<ChurnRule> rules) {
    Require.notNull(rules, "rules");
    List<ChurnSignal> out = new ArrayList<>();
    rules.forEach(r -> out.addAll(r.check(customer, asOf)));
    return List.copyOf(out);
  }

  /** A built-in rule: checks its arguments, then looks at the customer. */
  private abstract static class BuiltIn extends NamedRule implements ChurnRule {
    BuiltIn(String name) {
      super(name);
    }

    @Override
    public final List<ChurnSignal> check(Customer customer, LocalDate asOf) {
      Require.notNull(customer, "customer");
      Require.notNull(asOf, "asOf");
      return signals(customer, asOf);
    }

    abstract List<ChurnSignal> signals(Customer customer, LocalDate asOf);
  }

  /** A built-in rule that compares a purchase rhythm with {@code factor} x its mean gap. */
  private abstract static class ByRhythm extends BuiltIn {
    final double factor;

    ByRhythm(String name, double factor) {
      super(name);
      Require.that(factor >= 1, "factor", "must be at least 1", factor);
      this.factor = factor;
    }
  }

  private static final class Overdue extends ByRhythm {
    Overdue(double factor) {
      super("overdue", factor);
    }

    @Override
    List<ChurnSignal> signals(Customer c, LocalDate asOf) {
      Optional<Rhythm> rhythm = Rhythm.of(c.orders(), asOf);
      if (rhythm.isPresent() && rhythm.get().isOverdue(factor)) {
        return List.of(ChurnSignal.of(c.id(), name(), String.format(Locale.ROOT,
            "%d days since the last purchase; the customer's rhythm is %.0f days", rhythm.get().daysSinceLast(),
            rhythm.get().meanGap())));
      }
      return List.of();
    }
  }

  private static final class FallingSpend extends BuiltIn {
    private final int periodDays;
    private final BigDecimal drop;

    FallingSpend(int periodDays, BigDecimal drop) {
      super("falling-spend");
      Require.that(periodDays >= 1, "periodDays", "must be at least 1", periodDays);
      Require.notNull(drop, "drop");
      Require.that(drop.signum() > 0 && drop.compareTo(BigDecimal.ONE) < 0, "drop", "must be within (0, 1)",
          drop.toPlainString());
      this.periodDays = periodDays;
      this.drop = drop;
    }

    @Override
    List<ChurnSignal> signals(Customer c, LocalDate asOf) {
      LocalDate lastStart = asOf.minusDays(periodDays);
      LocalDate previousStart = lastStart.minusDays(periodDays);
      BigDecimal last = spend(c.orders(), lastStart, asOf);
      BigDecimal previous = spend(c.orders(), previousStart, lastStart);
      if (previous.signum() > 0 && last.compareTo(previous.multiply(BigDecimal.ONE.subtract(drop))) < 0) {
        return List.of(ChurnSignal.of(c.id(), name(), "spend fell from " + previous.toPlainString()
            + " to " + last.toPlainString() + " over the last " + periodDays + " days"));
      }
      return List.of();
    }
  }

  private static final class PartialChurn extends ByRhythm {
    PartialChurn(double factor) {
      super("partial-churn", factor);
    }

    @Override
    List<ChurnSignal> signals(Customer c, LocalDate asOf) {
      Optional<Rhythm> overall = Rhythm.of(c.orders(), asOf);
      if (overall.isEmpty() || overall.get().daysSinceLast() > factor * Math.max(1, overall.get().meanGap())) {
        return List.of(); // a single purchase, or no longer buying anything: not a partial churn
      }
      Map<String, List<Order>> byProduct = c.orders().stream().collect(Collectors.groupingBy(
          o -> o.product().toString(), TreeMap::new, Collectors.toList()));
      List<ChurnSignal> signals = new ArrayList<>();
      byProduct.forEach((product, orders) -> Rhythm.of(orders, asOf).filter(r -> r.isOverdue(factor))
          .ifPresent(r -> signals.add(ChurnSignal.of(c.id(), name(), String.format(Locale.ROOT,
              "stopped buying %s (%d days, usually every %.0f) while still buying other products",
              product, r.daysSinceLast(), r.meanGap())))));
      return signals;
    }
  }

  /** A customer's purchase rhythm in some orders: the mean gap between purchase days, and the days since the last. */
  private record Rhythm(double meanGap, long daysSinceLast, int purchaseDays, long span) {
    /** The rhythm of {@code orders} as of {@code asOf}; empty with fewer than two purchase days. */
    static Optional<Rhythm> of(List<Order> orders, LocalDate asOf) {
      List<LocalDate> days = orders.stream().map(Order::orderDate).distinct().sorted().collect(Collectors.toList());
      if (days.size() < 2) {
        return Optional.empty();
      }
      LocalDate first = days.get(0);
      LocalDate last = days.get(days.size() - 1);
      return Optional.of(new Rhythm(ChronoUnit.DAYS.between(first, last) / (double) (days.size() - 1),
          ChronoUnit.DAYS.between(last, asOf), days.size(), ChronoUnit.DAYS.between(first, last)));
    }

    /** Whether the last purchase is more than {@code factor} gaps ago. */
    boolean isOverdue(double factor) {
      return ChurnRules.isOverdue(purchaseDays, span, daysSinceLast, factor);
    }
  }

  private static BigDecimal spend(List<Order> orders, LocalDate fromInclusive, LocalDate toExclusive) {
    return orders.stream().filter(o -> !o.orderDate().isBefore(fromInclusive) && o.orderDate().isBefore(toExclusive))
        .map(Order::total).map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
