package io.crmkit.scoring.clv.gammagamma;

import io.crmkit.core.validation.Require;
import java.util.Locale;

/**
 * The three Gamma-Gamma parameters. A customer's occasions vary in value around the customer's own
 * mean as gamma(p, nu); the customers' nu vary as gamma(q, v). The mean value per occasion across
 * customers is p v / (q - 1) (for q > 1). Serializable (validated again when read).
 *
 * @param p shape of the value of one occasion, positive
 * @param q shape of the customers' spend levels, positive
 * @param v scale of the customers' spend levels (currency units), positive
 */
public record GammaGammaParameters(double p, double q, double v) implements java.io.Serializable {
  public GammaGammaParameters {
    Require.that(p > 0 && Double.isFinite(p), "gammaGamma.p", "must be a positive finite number", p);
    Require.that(q > 0 && Double.isFinite(q), "gammaGamma.q", "must be a positive finite number", q);
    Require.that(v > 0 && Double.isFinite(v), "gammaGamma.v", "must be a positive finite number", v);
  }

  /** The population's mean value per occasion, p v / (q - 1); infinite for q &lt;= 1. */
  public double meanValue() {
    return q > 1 ? p * v / (q - 1) : Double.POSITIVE_INFINITY;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "p=%.4f, q=%.4f, v=%.4f", p, q, v);
  }
}
