package io.crmkit.scoring.clv;

import io.crmkit.core.money.Money;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * Customer lifetime value in its simple teaching form: CLV = sum over periods t = 0 .. T-1 of
 * margin x retention^t / (1 + discount)^t. Assumptions, stated: the margin per period is constant;
 * the customer stays each further period with probability {@code retention}; margins arrive at the
 * start of each period (the first is not discounted); money is discounted at {@code discount} per
 * period. Value prediction rests on lifetime value, not on a single period's spend.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class LifetimeValue {
  private static final MathContext MC = MathContext.DECIMAL64;

  /** The margin one period brings (revenue minus cost to serve). */
  public abstract Money marginPerPeriod();

  /** The share of customers who stay from one period to the next, 0..1. */
  public abstract BigDecimal retention();

  /** The discount rate per period, e.g. 0.10. */
  public abstract BigDecimal discount();

  public abstract int periods();

  /** The value of {@code periods} periods of {@code marginPerPeriod}, kept with {@code retention} and discounted at {@code discount}. */
  public static LifetimeValue of(Money marginPerPeriod, BigDecimal retention, BigDecimal discount, int periods) {
    return ImmutableLifetimeValue.builder().marginPerPeriod(Require.notNull(marginPerPeriod, "lifetimeValue.marginPerPeriod"))
        .retention(Require.notNull(retention, "lifetimeValue.retention"))
        .discount(Require.notNull(discount, "lifetimeValue.discount")).periods(periods).build();
  }

  /**
   * As {@link #of(Money, BigDecimal, BigDecimal, int)}, with the rates as plain decimal text
   * ({@code "0.85"}); text that is not one is refused by name.
   *
   * @deprecated rates are numbers: pass {@link BigDecimal}s
   */
  @Deprecated
  public static LifetimeValue of(Money marginPerPeriod, String retention, String discount, int periods) {
    return of(marginPerPeriod, Require.decimal(retention, "lifetimeValue.retention"),
        Require.decimal(discount, "lifetimeValue.discount"), periods);
  }

  @Value.Check
  protected void check() {
    Require.that(retention().signum() >= 0 && retention().compareTo(BigDecimal.ONE) <= 0, "lifetimeValue.retention",
        "must be within 0..1", retention().toPlainString());
    Require.that(discount().signum() >= 0, "lifetimeValue.discount", "must not be negative",
        discount().toPlainString());
    Require.that(periods() >= 1 && periods() <= 1_000, "lifetimeValue.periods", "must be within 1..1000", periods());
  }

  /** What each period contributes: margin x retention^t / (1 + discount)^t, unrounded. */
  public List<BigDecimal> contributions() {
    List<BigDecimal> out = new ArrayList<>(periods());
    BigDecimal factor = BigDecimal.ONE;
    BigDecimal step = retention().divide(BigDecimal.ONE.add(discount()), MC);
    for (int t = 0; t < periods(); t++) {
      out.add(marginPerPeriod().amount().multiply(factor, MC));
      factor = factor.multiply(step, MC);
    }
    return out;
  }

  /** The lifetime value, rounded half-even to the currency's scale. */
  public Money value() {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal c : contributions()) {
      sum = sum.add(c, MC);
    }
    int scale = Money.scaleOf(marginPerPeriod().currency());
    return Money.of(sum.setScale(scale, RoundingMode.HALF_EVEN), marginPerPeriod().currency());
  }

  /** The value with its assumptions, in a sentence. */
  public String describe() {
    return String.format(Locale.ROOT, "CLV %s over %d periods: margin %s a period, %s%% retention, %s%% discount "
        + "(margin at the start of each period, constant margin)", value(), periods(), marginPerPeriod(),
        retention().movePointRight(2).stripTrailingZeros().toPlainString(),
        discount().movePointRight(2).stripTrailingZeros().toPlainString());
  }
}
