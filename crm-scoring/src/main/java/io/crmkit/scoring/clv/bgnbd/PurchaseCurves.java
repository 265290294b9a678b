package io.crmkit.scoring.clv.bgnbd;

import io.crmkit.core.validation.Require;
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
  /** A term below this (the series' sum is about 1) no longer matters at double precision. */
  private static final double NEGLIGIBLE = 1e-16;
  private static final int MAX_TERMS = 200_000;

  private final BgNbdModel model;
  private final double[] times;
  private final double zCap;
  private final double[] z;
  private final double[] power;
  private final double[] sum;
  private double[][] coefficients = new double[64][];
  /** Per whole age in days: z, (1 - z)^(a - 1) and 1 - (1 - z)^(a - 1) for every horizon, made on first use. */
  private double[][] byAge = new double[0][];
  private double[] logByDay = new double[0];

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
   * (this is the inner loop of a batch score): x >= 0, 0 &lt;= tx &lt;= T, tx = 0 when x = 0.
   */
  public double fill(int x, double tx, double T, double[] out) {
    BgNbdParameters p = model.parameters();
    double alive = model.aliveProbability(x, tx, T);
    double a = p.a();
    double[] c = coefficients(x);
    double alphaT = p.alpha() + T;
    int n = times.length;
    for (int k = 0; k < n; k++) {
      z[k] = times[k] / (alphaT + times[k]);
    }
    sumSeries(c, p);
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

  /**
   * As {@link #fill} for a history in whole days (recency and age as {@code PurchaseHistories}
   * keeps them): the powers and logarithms that depend on the age alone are computed once per
   * distinct age and reused, so a cohort costs little more than its series.
   */
  public double fillDays(int x, int recencyDays, int ageDays, double[] out) {
    BgNbdParameters p = model.parameters();
    double[] row = ageRow(ageDays);
    double alive = 1;
    if (x > 0) {
      double logOdds = Math.log(p.a()) - Math.log(p.b() + x - 1)
          + (p.r() + x) * (logByDay[ageDays] - logByDay[recencyDays]);
      alive = logOdds > 0 ? Math.exp(-logOdds) / (1 + Math.exp(-logOdds)) : 1 / (1 + Math.exp(logOdds));
    }
    double a = p.a();
    double[] c = coefficients(x);
    int n = times.length;
    System.arraycopy(row, 0, z, 0, n);
    sumSeries(c, p);
    double scale = alive * (a + p.b() + x - 1) / (a - 1);
    for (int k = 0; k < n; k++) {
      out[k] = scale * (row[2 * n + k] - row[n + k] * sum[k]);
    }
    return alive;
  }

  private double[] ageRow(int ageDays) {
    if (ageDays >= byAge.length) {
      int size = Math.max(ageDays + 1, byAge.length * 2);
      byAge = Arrays.copyOf(byAge, size);
      int from = logByDay.length;
      logByDay = Arrays.copyOf(logByDay, size);
      for (int d = from; d < size; d++) {
        logByDay[d] = Math.log(model.parameters().alpha() + model.unit().fromDays(d));
      }
    }
    double[] row = byAge[ageDays];
    if (row == null) {
      int n = times.length;
      row = new double[3 * n];
      double a = model.parameters().a();
      double alphaT = model.parameters().alpha() + model.unit().fromDays(ageDays);
      for (int k = 0; k < n; k++) {
        double logOneMinusZ = Math.log(alphaT) - Math.log(alphaT + times[k]);
        row[k] = times[k] / (alphaT + times[k]);
        row[n + k] = Math.exp((a - 1) * logOneMinusZ);
        row[2 * n + k] = -Math.expm1((a - 1) * logOneMinusZ);
      }
      byAge[ageDays] = row;
    }
    return row;
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

  /**
   * Sums the series terms c_j z^j (j >= 1) of every horizon's 2F1 into {@code sum}, from the
   * arguments in {@code z}; stops once the term of the largest argument is negligible.
   */
  private void sumSeries(double[] c, BgNbdParameters p) {
    double a = p.a();
    int n = times.length;
    int last = 0;
    for (int k = 0; k < n; k++) {
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
  }
}
