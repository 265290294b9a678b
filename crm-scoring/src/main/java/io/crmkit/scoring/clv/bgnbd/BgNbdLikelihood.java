package io.crmkit.scoring.clv.bgnbd;

import io.crmkit.scoring.clv.fit.LogLikelihood;
import io.crmkit.scoring.clv.history.DistinctHistories;
import org.hipparchus.special.Gamma;

/**
 * The BG/NBD log-likelihood (Fader, Hardie and Lee 2005, eq. 6) summed over distinct histories, in
 * log space: ln L = ln A1 + ln A2 + ln(A3 + [x > 0] A4), the last term as log-sum-exp, so no power
 * of (alpha + T) is ever formed and customers with hundreds of purchases neither overflow nor lose
 * precision. Terms that depend only on the frequency (the log-gamma terms) are computed once per
 * distinct frequency; ln(alpha + t) once per distinct day. Gradient and Hessian are analytic.
 * Parameters in order r, alpha, a, b, as logarithms.
 */
final class BgNbdLikelihood implements LogLikelihood {
  private final DistinctHistories h;
  private final double daysPerUnit;
  /** Group g holds histories groupStart[g] .. groupStart[g + 1] - 1, all with frequency groupX[g]. */
  private final int[] groupStart;
  private final int[] groupX;
  private final long[] groupCount;
  private final double[] logTable;
  private final double[] inverseTable;

  BgNbdLikelihood(DistinctHistories h) {
    this.h = h;
    this.daysPerUnit = h.unit().days();
    int groups = 0;
    for (int i = 0; i < h.size(); i++) {
      if (i == 0 || h.frequency(i) != h.frequency(i - 1)) {
        groups++;
      }
    }
    groupStart = new int[groups + 1];
    groupX = new int[groups];
    groupCount = new long[groups];
    int g = -1;
    for (int i = 0; i < h.size(); i++) {
      if (i == 0 || h.frequency(i) != h.frequency(i - 1)) {
        g++;
        groupStart[g] = i;
        groupX[g] = h.frequency(i);
      }
      groupCount[g] += h.count(i);
    }
    groupStart[groups] = h.size();
    logTable = new double[h.maxAgeDays() + 1];
    inverseTable = new double[h.maxAgeDays() + 1];
  }

  @Override
  public int dimension() {
    return 4;
  }

  @Override
  public long customers() {
    return h.customers();
  }

  @Override
  public int terms() {
    return h.size();
  }

  @Override
  public synchronized double value(double[] phi, double[] grad, double[][] hess) {
    double r = Math.exp(phi[0]);
    double alpha = Math.exp(phi[1]);
    double a = Math.exp(phi[2]);
    double b = Math.exp(phi[3]);
    boolean derivatives = grad != null;
    for (int d = 0; d < logTable.length; d++) {
      double x = alpha + d / daysPerUnit;
      logTable[d] = Math.log(x);
      inverseTable[d] = 1 / x;
    }
    double lnAlpha = Math.log(alpha);
    double lnA = Math.log(a);
    double lgR = Gamma.logGamma(r);
    double lgB = Gamma.logGamma(b);
    double lgAB = Gamma.logGamma(a + b);
    double value = 0;
    double[] g = new double[4];
    double[][] hn = new double[4][4];
    double psiR = 0;
    double psiB = 0;
    double psiAB = 0;
    double triR = 0;
    double triB = 0;
    double triAB = 0;
    if (derivatives) {
      psiR = Gamma.digamma(r);
      psiB = Gamma.digamma(b);
      psiAB = Gamma.digamma(a + b);
      triR = Gamma.trigamma(r);
      triB = Gamma.trigamma(b);
      triAB = Gamma.trigamma(a + b);
    }
    for (int grp = 0; grp < groupX.length; grp++) {
      int x = groupX[grp];
      double n = groupCount[grp];
      double rx = r + x;
      // ln A1 + ln A2: the part of the likelihood that depends on the frequency alone.
      value += n * (Gamma.logGamma(rx) - lgR + r * lnAlpha + lgAB + Gamma.logGamma(b + x) - lgB
          - Gamma.logGamma(a + b + x));
      if (derivatives) {
        g[0] += n * (Gamma.digamma(rx) - psiR + lnAlpha);
        g[1] += n * r / alpha;
        double dAB = psiAB - Gamma.digamma(a + b + x);
        g[2] += n * dAB;
        g[3] += n * (dAB + Gamma.digamma(b + x) - psiB);
        hn[0][0] += n * (Gamma.trigamma(rx) - triR);
        hn[0][1] += n / alpha;
        hn[1][1] -= n * r / (alpha * alpha);
        double tAB = triAB - Gamma.trigamma(a + b + x);
        hn[2][2] += n * tAB;
        hn[2][3] += n * tAB;
        hn[3][3] += n * (tAB + Gamma.trigamma(b + x) - triB);
      }
      int from = groupStart[grp];
      int to = groupStart[grp + 1];
      if (x == 0) {
        double sumL = 0;
        double sumI = 0;
        double sumI2 = 0;
        for (int i = from; i < to; i++) {
          int c = h.count(i);
          int age = h.ageDays(i);
          sumL += c * logTable[age];
          if (derivatives) {
            double inv = inverseTable[age];
            sumI += c * inv;
            sumI2 += c * inv * inv;
          }
        }
        value -= rx * sumL;
        if (derivatives) {
          g[0] -= sumL;
          g[1] -= rx * sumI;
          hn[0][1] -= sumI;
          hn[1][1] += rx * sumI2;
        }
        continue;
      }
      double bx1 = b + x - 1;
      double lnA4 = lnA - Math.log(bx1);
      double sumS = 0;
      double sumWL = 0;
      double sumWI = 0;
      double sumWI2 = 0;
      double sumW4 = 0;
      double q = 0;
      double qD = 0;
      double qDD = 0;
      double qE = 0;
      double qEE = 0;
      double qDE = 0;
      for (int i = from; i < to; i++) {
        int c = h.count(i);
        int age = h.ageDays(i);
        int rec = h.recencyDays(i);
        double l3 = logTable[age];
        double l4 = logTable[rec];
        double u3 = -rx * l3;
        double u4 = lnA4 - rx * l4;
        double diff = u4 - u3;
        double e = Math.exp(-Math.abs(diff));
        sumS += c * (Math.max(u3, u4) + Math.log(1 + e));
        if (derivatives) {
          double wMax = 1 / (1 + e);
          double w4 = diff > 0 ? wMax : e * wMax;
          double w3 = 1 - w4;
          double i3 = inverseTable[age];
          double i4 = inverseTable[rec];
          sumWL += c * (w3 * l3 + w4 * l4);
          sumWI += c * (w3 * i3 + w4 * i4);
          sumWI2 += c * (w3 * i3 * i3 + w4 * i4 * i4);
          sumW4 += c * w4;
          double qi = c * w3 * w4;
          double dl = l4 - l3;
          double di = i4 - i3;
          q += qi;
          qD += qi * dl;
          qDD += qi * dl * dl;
          qE += qi * di;
          qEE += qi * di * di;
          qDE += qi * dl * di;
        }
      }
      value += sumS;
      if (derivatives) {
        g[0] -= sumWL;
        g[1] -= rx * sumWI;
        g[2] += sumW4 / a;
        g[3] -= sumW4 / bx1;
        hn[0][1] -= sumWI;
        hn[1][1] += rx * sumWI2;
        hn[2][2] -= sumW4 / (a * a);
        hn[3][3] += sumW4 / (bx1 * bx1);
        // w3 w4 (du3 - du4)(du3 - du4)^T with du3 - du4 = (l4 - l3, rx (i4 - i3), -1/a, 1/bx1)
        hn[0][0] += qDD;
        hn[0][1] += rx * qDE;
        hn[0][2] -= qD / a;
        hn[0][3] += qD / bx1;
        hn[1][1] += rx * rx * qEE;
        hn[1][2] -= rx * qE / a;
        hn[1][3] += rx * qE / bx1;
        hn[2][2] += q / (a * a);
        hn[2][3] -= q / (a * bx1);
        hn[3][3] += q / (bx1 * bx1);
      }
    }
    if (derivatives) {
      double[] theta = {r, alpha, a, b};
      for (int j = 0; j < 4; j++) {
        grad[j] = theta[j] * g[j];
      }
      if (hess != null) {
        for (int j = 0; j < 4; j++) {
          for (int k = j; k < 4; k++) {
            double v = theta[j] * theta[k] * hn[j][k] + (j == k ? theta[j] * g[j] : 0);
            hess[j][k] = v;
            hess[k][j] = v;
          }
        }
      }
    }
    return value;
  }
}
