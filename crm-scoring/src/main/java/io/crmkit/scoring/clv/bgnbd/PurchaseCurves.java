package io.crmkit.scoring.clv.bgnbd;

import io.crmkit.core.value.Require;
import io.crmkit.scoring.clv.fit.SeriesNotConvergedException;
import java.util.Arrays;

/**
 * Expected cumulative purchases of many customers at the same horizons, fast: for a batch score
 * of a whole cohort (discounted CLV needs the expectation at the end of every period). The 2F1
 * series coefficients depend only on the frequency, so they are computed once per distinct
 * frequency and shared; each customer then sums the series for all horizons together, stopping
 * when the longest horizon's term no longer matters. Results equal
 * {@link BgNbdModel#expectedPurchases} to about 1e-13 relative.
 *
 * <p>Not thread-safe (it caches coefficients): use one per thread; the model itself is shared.
 */
public final class PurchaseCurves {
  private static final double NEGLIGIBLE = 1e-17;
  private static final int MAX_TERMS = 200_000;

  private final BgNbdModel model;
  private final double[] times;
  private final double zCap;
  private final double[] z;
  private final double[] power;
  private final double[] sum;
  private double[][] coefficients = new double[64][];

  PurchaseCurves(BgNbdModel model, double[] times) {
    this.model = model;
    this.times = times.clone();
    double longest = 0;
    for (double t : times) {
      Require.that(t > 0 && Double.isFinite(t), "times", "must be positive finite horizons", t);
      longest = Math.max(longest, t);
    }
    this.zCap = longest / (model.parameters().alpha() + longest);
    this.z = new double[times.length];
    this.power = new double[times.length];
    this.sum = new double[times.length];
  }

  /** The horizons, in the model's unit. */
  public int horizons() {
    return times.length;
  }

  /**
   * Fills {@code out[k]} with the customer's expected purchases in the next {@code times[k]} and
   * returns the customer's probability of being alive. The history is not re-validated here
   * (this is the inner loop of a batch score): x >= 0, 0 <= tx <= T, tx = 0 when x = 0.
   */
  public double fill(int x, double tx, double T, double[] out) {
    BgNbdParameters p = model.parameters();
    double alive = model.aliveProbability(x, tx, T);
    double a = p.a();
    double[] c = coefficients(x);
    double alphaT = p.alpha() + T;
    int n = times.length;
    int last = 0;
    for (int k = 0; k < n; k++) {
      z[k] = times[k] / (alphaT + times[k]);
      power[k] = 1;
      sum[k] = 0;
      if (z[k] > z[last]) {
        last = k;
      }
    }
    double minTerms = Math.abs(a + p.b() - 1 - p.r()) + Math.abs(a - 1) + 2;
    for (int j = 1; j < c.length; j++) {
      double cj = c[j];
      for (int k = 0; k < n; k++) {
        power[k] *= z[k];
        sum[k] += cj * power[k];
      }
      if (j > minTerms && Math.abs(cj * power[last]) < NEGLIGIBLE) {
        break;
      }
    }
    double scale = alive * (a + p.b() + x - 1) / (a - 1);
    double logAlphaT = Math.log(alphaT);
    for (int k = 0; k < n; k++) {
      // 1 - (1 - z)^(a - 1) F with F = 1 + sum
      double logOneMinusZ = logAlphaT - Math.log(alphaT + times[k]);
      double pw = Math.exp((a - 1) * logOneMinusZ);
      out[k] = scale * (-Math.expm1((a - 1) * logOneMinusZ) - pw * sum[k]);
    }
    return alive;
  }

  /** The series coefficients for frequency x, long enough for the longest horizon at age 0. */
  private double[] coefficients(int x) {
    if (x >= coefficients.length) {
      coefficients = Arrays.copyOf(coefficients, Math.max(x + 1, coefficients.length * 2));
    }
    double[] c = coefficients[x];
    if (c == null) {
      c = build(x);
      coefficients[x] = c;
    }
    return c;
  }

  private double[] build(int x) {
    BgNbdParameters p = model.parameters();
    double big = p.a() + p.b() - 1 - p.r();
    double small = p.a() - 1;
    double lower = p.a() + p.b() + x - 1;
    double[] c = new double[64];
    c[0] = 1;
    double zj = 1;
    double minTerms = Math.abs(big) + Math.abs(small) + 2;
    int j = 1;
    for (; j < MAX_TERMS; j++) {
      if (j == c.length) {
        c = Arrays.copyOf(c, c.length * 2);
      }
      c[j] = c[j - 1] * (big + j - 1) * (small + j - 1) / ((lower + j - 1) * j);
      zj *= zCap;
      if (c[j] == 0 || (j > minTerms && Math.abs(c[j] * zj) < NEGLIGIBLE)) {
        return Arrays.copyOf(c, j + 1);
      }
    }
    throw new SeriesNotConvergedException("2F1(" + big + ", " + small + "; " + lower + "; " + zCap + ")", j, c[j - 1] * zj,
        Double.NaN);
  }
}
