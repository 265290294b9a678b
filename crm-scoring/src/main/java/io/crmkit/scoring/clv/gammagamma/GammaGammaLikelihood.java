package io.crmkit.scoring.clv.gammagamma;

import io.crmkit.scoring.clv.fit.LogLikelihood;
import org.hipparchus.special.Gamma;

/**
 * The Gamma-Gamma log-likelihood of the average repeat values (Fader and Hardie, "The Gamma-Gamma
 * Model of Monetary Value", 2013, eq. 3), in log space, with analytic gradient and Hessian:
 * ln Γ(px + q) - ln Γ(px) - ln Γ(q) + q ln v + (px - 1) ln m + px ln x - (px + q) ln(xm + v).
 * Parameters in order p, q, v, as logarithms.
 */
final class GammaGammaLikelihood implements LogLikelihood {
  private final SpendSample sample;

  GammaGammaLikelihood(SpendSample sample) {
    this.sample = sample;
  }

  @Override
  public int dimension() {
    return 3;
  }

  @Override
  public long customers() {
    return sample.size();
  }

  @Override
  public int terms() {
    return sample.size();
  }

  @Override
  public double value(double[] phi, double[] grad, double[][] hess) {
    double p = Math.exp(phi[0]);
    double q = Math.exp(phi[1]);
    double v = Math.exp(phi[2]);
    boolean derivatives = grad != null;
    double lgQ = Gamma.logGamma(q);
    double lnV = Math.log(v);
    double psiQ = derivatives ? Gamma.digamma(q) : 0;
    double triQ = derivatives ? Gamma.trigamma(q) : 0;
    double value = 0;
    double[] g = new double[3];
    double[][] h = new double[3][3];
    for (int i = 0; i < sample.size(); i++) {
      int x = sample.frequency(i);
      double m = sample.averageValue(i);
      double px = p * x;
      double s = x * m + v;
      double lnS = Math.log(s);
      double lnM = Math.log(m);
      value += Gamma.logGamma(px + q) - Gamma.logGamma(px) - lgQ + q * lnV + (px - 1) * lnM + px * Math.log(x)
          - (px + q) * lnS;
      if (derivatives) {
        double psiPxq = Gamma.digamma(px + q);
        double triPxq = Gamma.trigamma(px + q);
        g[0] += x * (psiPxq - Gamma.digamma(px) + lnM + Math.log(x) - lnS);
        g[1] += psiPxq - psiQ + lnV - lnS;
        g[2] += q / v - (px + q) / s;
        h[0][0] += x * x * (triPxq - Gamma.trigamma(px));
        h[0][1] += x * triPxq;
        h[0][2] -= x / s;
        h[1][1] += triPxq - triQ;
        h[1][2] += 1 / v - 1 / s;
        h[2][2] += -q / (v * v) + (px + q) / (s * s);
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
