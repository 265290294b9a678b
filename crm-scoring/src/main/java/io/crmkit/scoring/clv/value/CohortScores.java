package io.crmkit.scoring.clv.value;

import io.crmkit.core.money.Money;
import io.crmkit.scoring.clv.history.PurchaseHistories;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The predicted value of every customer of a cohort, as primitive columns indexed like the
 * {@link PurchaseHistories} they were scored from: nothing is boxed per customer, and
 * {@link #value(int)} turns one customer's figure into exact money on demand. Immutable and
 * thread-safe; accessors copy nothing and expose no arrays.
 */
public final class CohortScores {
  private final PurchaseHistories histories;
  private final double[] alive;
  private final double[] expected;
  private final double[] averageValue;
  private final double[] value;

  CohortScores(PurchaseHistories histories, double[] alive, double[] expected, double[] averageValue,
      double[] value) {
    this.histories = histories;
    this.alive = alive;
    this.expected = expected;
    this.averageValue = averageValue;
    this.value = value;
  }

  public int customers() {
    return alive.length;
  }

  public String customerId(int i) {
    return histories.customerId(i);
  }

  public double probabilityAlive(int i) {
    return alive[i];
  }

  /** Purchases expected over the horizon. */
  public double expectedPurchases(int i) {
    return expected[i];
  }

  /** The expected value of one future purchase, currency units. */
  public double expectedAverageValue(int i) {
    return averageValue[i];
  }

  /** The discounted lifetime value in currency units, unrounded (for sorting and sums). */
  public double valueAmount(int i) {
    return value[i];
  }

  /** The discounted lifetime value as exact money, rounded half-even to the currency's minor unit. */
  public Money value(int i) {
    return money(value[i], histories.currency());
  }

  /** The whole cohort's discounted value, as exact money (the sum of the rounded values). */
  public Money totalValue() {
    Money total = Money.zero(histories.currency());
    for (int i = 0; i < value.length; i++) {
      total = total.plus(value(i));
    }
    return total;
  }

  /**
   * The indexes of the {@code k} customers of highest value, highest first (ties by index). Only
   * the chosen k are boxed for the final sort.
   */
  public int[] top(int k) {
    int n = customers();
    int want = Math.max(0, Math.min(k, n));
    if (want == 0) {
      return new int[0];
    }
    double[] sorted = value.clone();
    Arrays.sort(sorted);
    double threshold = sorted[n - want];
    int[] chosen = new int[want];
    int m = 0;
    for (int i = 0; i < n && m < want; i++) {
      if (value[i] > threshold) {
        chosen[m++] = i;
      }
    }
    for (int i = 0; i < n && m < want; i++) {
      if (value[i] == threshold) {
        chosen[m++] = i;
      }
    }
    return IntStream.of(chosen).boxed()
        .sorted((x, y) -> value[x] != value[y] ? Double.compare(value[y], value[x]) : Integer.compare(x, y))
        .mapToInt(Integer::intValue).toArray();
  }

  /** The mean P(alive) of the cohort: the share of customers expected to be active. */
  public double meanProbabilityAlive() {
    return Arrays.stream(alive).average().orElse(0);
  }

  static Money money(double amount, java.util.Currency currency) {
    int scale = Math.max(0, currency.getDefaultFractionDigits());
    return Money.of(BigDecimal.valueOf(amount).setScale(scale, RoundingMode.HALF_EVEN), currency);
  }
}
