package io.crmkit.scoring.clv.gammagamma;

import io.crmkit.core.validation.Require;
import io.crmkit.scoring.clv.fit.LogLikelihood;
import org.hipparchus.special.Gamma;

/**
 * The Gamma-Gamma log-likelihood of the average repeat values (Fader and Hardie, "The Gamma-Gamma
 * Model of Monetary Value", 2013, eq. 3), in log space, with analytic gradient and Hessian:
 * ln Γ(px + q) - ln Γ(px) - ln Γ(q) + q ln v + (px - 1) ln m + px ln x - (px + q) ln(xm + v).
 * The gamma-function terms depend on the frequency alone and are computed once per distinct
 * frequency, the sums of ln m once per fit ({@link SpendStatistics}); each evaluation asks its
 * {@link SpendData} for the per-frequency sums at the trial v ({@link SpendSums}): one logarithm
 * per buyer, on this machine or on a cluster. Parameters in order p, q, v, as logarithms.
 */
final class GammaGammaLikelihood implements LogLikelihood {
  private final SpendData data;
  private final SpendStatistics stats;

  GammaGammaLikelihood(SpendData data) {
    this.data = data;
    this.stats = data.statistics();
  }

  @Override
  public int dimension() {
    return 3;
  }

  @Override
  public long customers() {
    return stats.buyers();
  }

  @Override
  public int terms() {
    return (int) Math.min(Integer.MAX_VALUE, stats.buyers());
  }

  @Override
  public double value(double[] phi, double[] grad, double[][] hess) {
    double p = Math.exp(phi[0]);
    double q = Math.exp(phi[1]);
    double v = Math.exp(phi[2]);
    if (!Double.isFinite(v) || v <= 0) {
      return Double.NaN;
    }
    SpendSums sums = data.sumsAt(v);
    Require.that(sums.frequencies() == stats.frequencies(), "spendSums", "must cover the statistics' "
        + stats.frequencies() + " frequencies", sums.frequencies());
    boolean derivatives = grad != null;
    double lgQ = Gamma.logGamma(q);
    double lnV = Math.log(v);
    double psiQ = derivatives ? Gamma.digamma(q) : 0;
    double triQ = derivatives ? Gamma.trigamma(q) : 0;
    double value = 0;
    double[] g = new double[3];
    double[][] h = new double[3][3];
    for (int grp = 0; grp < stats.frequencies(); grp++) {
      int x = stats.frequency(grp);
      Require.that(sums.frequency(grp) == x, "spendSums", "must hold the statistics' frequency " + x,
          sums.frequency(grp));
      double n = stats.buyers(grp);
      double logM = stats.sumLogAverage(grp);
      double px = p * x;
      double lnX = Math.log(x);
      double sumLnS = sums.sumLog(grp);
      double sumInvS = sums.sumInverse(grp);
      double sumInvS2 = sums.sumInverseSquare(grp);
      value += n * (Gamma.logGamma(px + q) - Gamma.logGamma(px) - lgQ + q * lnV + px * lnX)
          + (px - 1) * logM - (px + q) * sumLnS;
      if (derivatives) {
        double psiPxq = Gamma.digamma(px + q);
        double triPxq = Gamma.trigamma(px + q);
        g[0] += x * (n * (psiPxq - Gamma.digamma(px) + lnX) + logM - sumLnS);
        g[1] += n * (psiPxq - psiQ + lnV) - sumLnS;
        g[2] += n * q / v - (px + q) * sumInvS;
        h[0][0] += n * x * x * (triPxq - Gamma.trigamma(px));
        h[0][1] += n * x * triPxq;
        h[0][2] -= x * sumInvS;
        h[1][1] += n * (triPxq - triQ);
        h[1][2] += n / v - sumInvS;
        h[2][2] += -n * q / (v * v) + (px + q) * sumInvS2;
      }
    }
    if (derivatives) {
      double[] theta = {p, q, v};
      for (int j = 0; j < 3; j++) {
        grad[j] = theta[j] * g[j];
      }
      if (hess != null) {
        for (int j = 0; j < 3; j++) {
          for (int k = j; k < 3; k++) {
            double e = theta[j] * theta[k] * h[j][k] + (j == k ? theta[j] * g[j] : 0);
            hess[j][k] = e;
            hess[k][j] = e;
          }
        }
      }
    }
    return value;
  }
}
