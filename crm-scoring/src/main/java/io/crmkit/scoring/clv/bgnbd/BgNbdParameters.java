package io.crmkit.scoring.clv.bgnbd;

import io.crmkit.core.validation.Require;
import java.util.Locale;

/**
 * The four BG/NBD parameters. While alive, a customer buys as a Poisson process whose rate varies
 * across customers as gamma(r, alpha): the mean rate is r / alpha purchases per time unit, and a
 * small r means very unequal rates. After each purchase a customer drops out with a probability p
 * that varies as beta(a, b): the mean drop-out chance is a / (a + b). Serializable (validated again
 * when read).
 *
 * @param r shape of the purchase-rate distribution, positive
 * @param alpha scale of the purchase-rate distribution (in time units), positive
 * @param a first shape of the drop-out distribution, positive
 * @param b second shape of the drop-out distribution, positive
 */
public record BgNbdParameters(double r, double alpha, double a, double b) implements java.io.Serializable {
  public BgNbdParameters {
    positive(r, "bgnbd.r");
    positive(alpha, "bgnbd.alpha");
    positive(a, "bgnbd.a");
    positive(b, "bgnbd.b");
  }

  private static void positive(double v, String field) {
    Require.that(v > 0 && Double.isFinite(v), field, "must be a positive finite number", v);
  }

  /** The mean purchase rate of an alive customer, r / alpha per time unit. */
  public double meanPurchaseRate() {
    return r / alpha;
  }

  /** The mean probability of dropping out after a purchase, a / (a + b). */
  public double meanDropoutProbability() {
    return a / (a + b);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "r=%.4f, alpha=%.4f, a=%.4f, b=%.4f", r, alpha, a, b);
  }
}
