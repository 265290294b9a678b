package io.crmkit.scoring.lifecycle;

import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.rule.NamedRule;
import io.crmkit.core.validation.Require;
import java.math.BigDecimal;
import java.util.List;
import io.crmkit.core.text.Explanation;
import java.util.Locale;
import java.util.Optional;

/**
 * The built-in lifecycle rules, each a named rule with a plain {@code if}, asked in this order (the
 * first that decides wins, so decline is seen before a new customer's or a rising customer's
 * promise):
 *
 * <ul>
 *   <li>{@code lapsed} (recency): no purchase for {@code lapsedAfterDays} or more: decline.
 *   <li>{@code falling-spend} (trend): with two full windows behind the customer, spend in the last
 *       window fell by {@code declineDrop} or more against the one before: decline.
 *   <li>{@code new-customer} (tenure): the first purchase is fewer than {@code explorationTenureDays}
 *       back: exploration.
 *   <li>{@code rising-spend} (trend and frequency): spend rose by {@code growthRise} or more, or began
 *       in the last window after an earlier purchase, with at least {@code growthPurchases} purchases in
 *       the last window: growth.
 *   <li>{@code steady-spend} (tenure and trend): tenure of {@code maturityTenureDays} or more, purchases
 *       in both windows and spend within {@code steadyBand} of the window before: maturity.
 * </ul>
 *
 * A customer no rule decides for is undecided: the evidence is given, the stage is not guessed.
 */
public final class LifecycleRules {
  private LifecycleRules() {}

  /** The five rules with {@code policy}'s settings, in the order they are asked. */
  public static List<LifecycleRule> allCurrentRules(LifecyclePolicy policy) {
    Require.notNull(policy, "policy");
    return List.of(new Lapsed(policy), new FallingSpend(policy), new NewCustomer(policy), new RisingSpend(policy),
        new SteadySpend(policy));
  }

  /** The trend in words: {@code spend up 40% over the last two quarters (120.00 -> 168.00)}. */
  static String trend(CustomerActivity a, LifecyclePolicy p) {
    return trendExplained(a, p).render(Locale.ENGLISH);
  }

  /** The trend as a message and its arguments. */
  static Explanation trendExplained(CustomerActivity a, LifecyclePolicy p) {
    String before = amount(a.spendPreviousMinor(), a);
    String after = amount(a.spendLastMinor(), a);
    if (a.spendChange().isEmpty()) {
      return Explanation.of(LifecycleMessage.TREND_FROM_NOTHING, window(p), after);
    }
    double change = a.spendChange().get();
    long percent = Math.round(Math.abs(change) * 100);
    if (percent == 0) {
      return Explanation.of(LifecycleMessage.TREND_UNCHANGED, windows(p), before, after);
    }
    return Explanation.of(change > 0 ? LifecycleMessage.TREND_UP : LifecycleMessage.TREND_DOWN, percent, windows(p),
        before, after);
  }

  /** One window of the policy in words: quarter, month, or a 45-day window. */
  private static Explanation window(LifecyclePolicy p) {
    return switch (p.windowName()) {
      case "quarter" -> Explanation.of(LifecycleMessage.WINDOW_QUARTER);
      case "month" -> Explanation.of(LifecycleMessage.WINDOW_MONTH);
      default -> Explanation.of(LifecycleMessage.WINDOW_DAYS, p.windowDays());
    };
  }

  /** Two windows of the policy in words: quarters, months, 45-day windows. */
  private static Explanation windows(LifecyclePolicy p) {
    return switch (p.windowName()) {
      case "quarter" -> Explanation.of(LifecycleMessage.WINDOWS_QUARTER);
      case "month" -> Explanation.of(LifecycleMessage.WINDOWS_MONTH);
      default -> Explanation.of(LifecycleMessage.WINDOWS_DAYS, p.windowDays());
    };
  }

  /** A count of purchases: {@code 1 purchase}, {@code 6 purchases}. */
  private static Explanation purchases(long n) {
    return Explanation.of(n == 1 ? LifecycleMessage.PURCHASE : LifecycleMessage.PURCHASES, n);
  }

  /** The frequency in words: {@code 6 purchases in 91 days}. */
  static String frequency(CustomerActivity a) {
    return frequencyExplained(a).render(Locale.ENGLISH);
  }

  static Explanation frequencyExplained(CustomerActivity a) {
    return Explanation.of(LifecycleMessage.FREQUENCY, purchases(a.purchasesLast()), a.windowDays());
  }

  private static String amount(long minor, CustomerActivity a) {
    return BigDecimal.valueOf(minor, Math.max(0, a.fractionDigits())).toPlainString();
  }

  private abstract static class BuiltIn extends NamedRule implements LifecycleRule {
    final LifecyclePolicy policy;

    BuiltIn(String name, LifecyclePolicy policy) {
      super(name);
      this.policy = policy;
    }

    @Override
    public final String evidence(CustomerActivity a) {
      return explanation(a).render(Locale.ENGLISH);
    }

    static Optional<LifecycleStage> when(boolean holds, LifecycleStage stage) {
      return holds ? Optional.of(stage) : Optional.empty();
    }
  }

  private static final class Lapsed extends BuiltIn {
    Lapsed(LifecyclePolicy p) {
      super("lapsed", p);
    }

    @Override
    public Optional<LifecycleStage> decide(CustomerActivity a) {
      return when(a.daysSinceLast() >= policy.lapsedAfterDays(), LifecycleStage.DECLINE);
    }

    @Override
    public Explanation explanation(CustomerActivity a) {
      return Explanation.of(LifecycleMessage.LAPSED, a.daysSinceLast(), policy.lapsedAfterDays(),
          purchases(a.purchases()));
    }
  }

  private static final class FallingSpend extends BuiltIn {
    FallingSpend(LifecyclePolicy p) {
      super("falling-spend", p);
    }

    @Override
    public Optional<LifecycleStage> decide(CustomerActivity a) {
      Optional<Double> change = a.spendChange();
      return when(a.hasTwoWindows() && change.isPresent() && change.get() <= -policy.declineDrop(),
          LifecycleStage.DECLINE);
    }

    @Override
    public Explanation explanation(CustomerActivity a) {
      return Explanation.of(LifecycleMessage.TREND_AND_FREQUENCY, trendExplained(a, policy), frequencyExplained(a));
    }
  }

  private static final class NewCustomer extends BuiltIn {
    NewCustomer(LifecyclePolicy p) {
      super("new-customer", p);
    }

    @Override
    public Optional<LifecycleStage> decide(CustomerActivity a) {
      return when(a.tenureDays() < policy.explorationTenureDays(), LifecycleStage.EXPLORATION);
    }

    @Override
    public Explanation explanation(CustomerActivity a) {
      return Explanation.of(LifecycleMessage.NEW_CUSTOMER, a.tenureDays(), policy.explorationTenureDays(),
          purchases(a.purchases()));
    }
  }

  private static final class RisingSpend extends BuiltIn {
    RisingSpend(LifecyclePolicy p) {
      super("rising-spend", p);
    }

    @Override
    public Optional<LifecycleStage> decide(CustomerActivity a) {
      Optional<Double> change = a.spendChange();
      boolean rising = change.isPresent() ? change.get() >= policy.growthRise()
          : a.spendLastMinor() > 0 && a.purchases() > a.purchasesLast();
      return when(rising && a.purchasesLast() >= policy.growthPurchases(), LifecycleStage.GROWTH);
    }

    @Override
    public Explanation explanation(CustomerActivity a) {
      return Explanation.of(LifecycleMessage.TREND_AND_FREQUENCY, trendExplained(a, policy), frequencyExplained(a));
    }
  }

  private static final class SteadySpend extends BuiltIn {
    SteadySpend(LifecyclePolicy p) {
      super("steady-spend", p);
    }

    @Override
    public Optional<LifecycleStage> decide(CustomerActivity a) {
      Optional<Double> change = a.spendChange();
      return when(a.tenureDays() >= policy.maturityTenureDays() && a.purchasesLast() >= 1
          && a.purchasesPrevious() >= 1 && change.isPresent() && Math.abs(change.get()) <= policy.steadyBand(),
          LifecycleStage.MATURITY);
    }

    @Override
    public Explanation explanation(CustomerActivity a) {
      return Explanation.of(LifecycleMessage.STEADY, trendExplained(a, policy), frequencyExplained(a), a.tenureDays());
    }
  }

  /** The facts of an activity no rule decided on, for the undecided evidence. */
  static String facts(CustomerActivity a, LifecyclePolicy p) {
    return factsExplained(a, p).render(Locale.ENGLISH);
  }

  static Explanation factsExplained(CustomerActivity a, LifecyclePolicy p) {
    return Explanation.of(LifecycleMessage.FACTS, trendExplained(a, p), frequencyExplained(a), a.tenureDays(),
        a.daysSinceLast());
  }
}
