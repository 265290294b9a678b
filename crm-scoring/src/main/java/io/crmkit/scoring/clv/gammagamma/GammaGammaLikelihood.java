package io.crmkit.scoring.clv.gammagamma;

import io.crmkit.scoring.clv.fit.LogLikelihood;
import java.util.Arrays;
import org.hipparchus.special.Gamma;

/**
 * The Gamma-Gamma log-likelihood of the average repeat values (Fader and Hardie, "The Gamma-Gamma
 * Model of Monetary Value", 2013, eq. 3), in log space, with analytic gradient and Hessian:
 * ln Γ(px + q) - ln Γ(px) - ln Γ(q) + q ln v + (px - 1) ln m + px ln x - (px + q) ln(xm + v).
 * The gamma-function terms depend on the frequency alone and are computed once per distinct
 * frequency, the sums of ln m once per fit; each evaluation costs one logarithm per customer.
 * Parameters in order p, q, v, as logarithms.
 */
final class GammaGammaLikelihood implements LogLikelihood {
  private final int size;
  /** Customers sorted by frequency; group g holds start[g] .. start[g + 1] - 1 with frequency x[g]. */
  private final int[] groupStart;
  private final int[] groupX;
  private final double[] groupLogM;
  private final double[] xm;

  GammaGammaLikelihood(SpendSample sample) {
    size = sample.size();
    // a counting sort by frequency (frequencies are small integers)
    int maxX = 0;
    for (int i = 0; i < size; i++) {
      maxX = Math.max(maxX, sample.frequency(i));
    }
    int[] offset = new int[maxX + 2];
    for (int i = 0; i < size; i++) {
      offset[sample.frequency(i) + 1]++;
    }
    int groups = 0;
    for (int x = 0; x <= maxX; x++) {
      groups += offset[x + 1] > 0 ? 1 : 0;
      offset[x + 1] += offset[x];
    }
    groupStart = new int[groups + 1];
    groupX = new int[groups];
    groupLogM = new double[groups];
    xm = new double[size];
    int[] fill = Arrays.copyOf(offset, maxX + 1);
    for (int i = 0; i < size; i++) {
      int x = sample.frequency(i);
      xm[fill[x]++] = x * sample.averageValue(i);
    }
    int g = 0;
    for (int x = 0; x <= maxX; x++) {
      if (offset[x + 1] > offset[x]) {
        groupStart[g] = offset[x];
        groupX[g] = x;
        for (int i = offset[x]; i < offset[x + 1]; i++) {
          groupLogM[g] += Math.log(xm[i] / x);
        }
        g++;
      }
    }
    groupStart[groups] = size;
  }

  @Override
  public int dimension() {
    return 3;
  }

  @Override
  public long customers() {
    return size;
  }

  @Override
  public int terms() {
    return size;
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
    for (int grp = 0; grp < groupX.length; grp++) {
      int x = groupX[grp];
      double n = groupStart[grp + 1] - groupStart[grp];
      double px = p * x;
      double lnX = Math.log(x);
      double sumLnS = 0;
      double sumInvS = 0;
      double sumInvS2 = 0;
      for (int i = groupStart[grp]; i < groupStart[grp + 1]; i++) {
        double s = xm[i] + v;
        sumLnS += Math.log(s);
        if (derivatives) {
          double inv = 1 / s;
          sumInvS += inv;
          sumInvS2 += inv * inv;
        }
      }
      value += n * (Gamma.logGamma(px + q) - Gamma.logGamma(px) - lgQ + q * lnV + px * lnX)
          + (px - 1) * groupLogM[grp] - (px + q) * sumLnS;
      if (derivatives) {
        double psiPxq = Gamma.digamma(px + q);
        double triPxq = Gamma.trigamma(px + q);
        g[0] += x * (n * (psiPxq - Gamma.digamma(px) + lnX) + groupLogM[grp] - sumLnS);
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
