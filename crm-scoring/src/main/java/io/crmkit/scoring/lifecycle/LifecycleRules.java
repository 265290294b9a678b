package io.crmkit.scoring.lifecycle;

import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.rule.NamedRule;
import io.crmkit.core.validation.Require;
import java.math.BigDecimal;
import java.util.List;
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
    String amounts = " (" + amount(a.spendPreviousMinor(), a) + " -> " + amount(a.spendLastMinor(), a) + ")";
    String over = " over the last two " + p.windowName() + "s";
    if (a.spendChange().isEmpty()) {
      return "nothing spent in the previous " + p.windowName() + ", " + amount(a.spendLastMinor(), a)
          + " in the last";
    }
    double change = a.spendChange().get();
    long percent = Math.round(Math.abs(change) * 100);
    String direction = percent == 0 ? "spend unchanged" : change > 0 ? "spend up " + percent + "%"
        : "spend down " + percent + "%";
    return direction + over + amounts;
  }

  /** The frequency in words: {@code 6 purchases in 91 days}. */
  static String frequency(CustomerActivity a) {
    return a.purchasesLast() + (a.purchasesLast() == 1 ? " purchase" : " purchases") + " in " + a.windowDays()
        + " days";
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
    public String evidence(CustomerActivity a) {
      return "no purchase for " + a.daysSinceLast() + " days (decline from " + policy.lapsedAfterDays() + "), "
          + a.purchases() + (a.purchases() == 1 ? " purchase" : " purchases") + " in all";
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
    public String evidence(CustomerActivity a) {
      return trend(a, policy) + ", " + frequency(a);
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
    public String evidence(CustomerActivity a) {
      return "first purchase " + a.tenureDays() + " days ago (exploring under " + policy.explorationTenureDays()
          + "), " + a.purchases() + (a.purchases() == 1 ? " purchase" : " purchases") + " so far";
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
    public String evidence(CustomerActivity a) {
      return trend(a, policy) + ", " + frequency(a);
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
    public String evidence(CustomerActivity a) {
      return trend(a, policy) + ", " + frequency(a) + ", a customer for " + a.tenureDays() + " days";
    }
  }

  /** The facts of an activity no rule decided on, for the undecided evidence. */
  static String facts(CustomerActivity a, LifecyclePolicy p) {
    return trend(a, p) + ", " + frequency(a) + ", a customer for " + a.tenureDays() + " days, last purchase "
        + a.daysSinceLast() + " days ago";
  }
}
