package io.crmkit.scoring.clv.bgnbd;

import io.crmkit.core.validation.Require;
import io.crmkit.scoring.clv.fit.FitDiagnostics;
import io.crmkit.scoring.clv.fit.FitOptions;
import io.crmkit.scoring.clv.fit.Hypergeometric;
import io.crmkit.scoring.clv.fit.MaximumLikelihood;
import io.crmkit.scoring.clv.history.DistinctHistories;
import io.crmkit.scoring.clv.history.PeriodUnit;
import io.crmkit.scoring.clv.history.PurchaseHistories;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

/**
 * The BG/NBD model of Fader, Hardie and Lee ("Counting Your Customers the Easy Way", Marketing
 * Science 24(2), 2005) for non-contractual customers, who leave without saying so: how many
 * purchases a customer will make and whether the customer is still "alive", from frequency,
 * recency and age alone. Differentiate, IDIC step 2: predicted rather than past value.
 *
 * <p>Per customer: {@link #probabilityAlive}, {@link #expectedPurchases} in the next t periods
 * (eq. 10), {@link #probabilityOfPurchases} of exactly n; for the population: expected purchases of
 * a new customer over time (eq. 9) and the cohort's tracking curve. The expectations use 2F1 in its
 * Euler form, 2F1(r+x, b+x; a+b+x-1; z) = (1-z)^(a-1-r-x) 2F1(a+b-1-r, a-1; a+b+x-1; z), whose
 * upper parameters do not grow with the frequency, so the series stays short and finite for
 * customers with hundreds of purchases. The model is singular at a = 1 (eq. 9 divides by a - 1).
 *
 * <p>Immutable and thread-safe.
 */
public final class BgNbdModel {
  private static final List<String> NAMES = List.of("r", "alpha", "a", "b");
  /** Above this many distinct histories, the search stage of a fit runs on a sample of them. */
  private static final int SEARCH_SAMPLE = 20_000;

  private final BgNbdParameters parameters;
  private final PeriodUnit unit;
  private final BgNbdParameters standardErrors;
  private final FitDiagnostics diagnostics;

  private BgNbdModel(BgNbdParameters parameters, PeriodUnit unit, BgNbdParameters standardErrors,
      FitDiagnostics diagnostics) {
    this.parameters = parameters;
    this.unit = unit;
    this.standardErrors = standardErrors;
    this.diagnostics = diagnostics;
  }

  /** A model with known parameters (published, or fitted elsewhere), time in {@code unit}. */
  public static BgNbdModel of(BgNbdParameters parameters, PeriodUnit unit) {
    return new BgNbdModel(Require.notNull(parameters, "parameters"), Require.notNull(unit, "unit"), null, null);
  }

  /** Fits by maximum likelihood with {@link FitOptions#DEFAULT}. */
  public static BgNbdModel fit(PurchaseHistories histories) {
    Require.notNull(histories, "histories");
    return fit(histories.distinct(), FitOptions.DEFAULT);
  }

  /**
   * Fits by maximum likelihood on the distinct histories. Throws
   * {@link io.crmkit.scoring.clv.fit.ModelNotConvergedException} when no start converges.
   */
  public static BgNbdModel fit(DistinctHistories histories, FitOptions options) {
    Require.notNull(histories, "histories");
    Require.notNull(options, "options");
    Require.that(histories.customers() >= 2, "histories", "must describe at least 2 customers",
        histories.customers());
    BgNbdLikelihood full = new BgNbdLikelihood(histories);
    BgNbdLikelihood search = histories.size() > SEARCH_SAMPLE
        ? new BgNbdLikelihood(histories.everyNth((histories.size() + SEARCH_SAMPLE - 1) / SEARCH_SAMPLE)) : full;
    // Starting points: the purchase scale from the data (mean age over mean purchases), then the
    // usual defaults of BTYD (1, 3, 1, 3) and lifetimes (all ones) rescaled to it.
    double scale = Math.max(1e-3, histories.meanAge() / (1 + histories.meanFrequency()));
    List<double[]> starts = new ArrayList<>();
    starts.add(new double[] {1, scale, 1, 3});
    starts.add(new double[] {0.5, scale, 0.5, 2});
    starts.add(new double[] {1, 1, 1, 1});
    starts.add(new double[] {2, 3 * scale, 2, 8});
    MaximumLikelihood.Estimate e = MaximumLikelihood.maximize("BG/NBD", NAMES, full, search, starts, options);
    return new BgNbdModel(new BgNbdParameters(e.param(0), e.param(1), e.param(2), e.param(3)), histories.unit(),
        new BgNbdParameters(e.standardError(0), e.standardError(1), e.standardError(2), e.standardError(3)),
        e.diagnostics());
  }

  public BgNbdParameters parameters() {
    return parameters;
  }

  /** The unit of every time this model reads and returns. */
  public PeriodUnit unit() {
    return unit;
  }

  /** Standard errors of the fitted parameters (from the observed information); empty if not fitted. */
  public Optional<BgNbdParameters> standardErrors() {
    return Optional.ofNullable(standardErrors);
  }

  /** How the fit went; empty for a model of given parameters. */
  public Optional<FitDiagnostics> diagnostics() {
    return Optional.ofNullable(diagnostics);
  }

  /** The log-likelihood of {@code histories} under this model. */
  public double logLikelihood(DistinctHistories histories) {
    Require.notNull(histories, "histories");
    return new BgNbdLikelihood(histories).value(new double[] {Math.log(parameters.r()), Math.log(parameters.alpha()),
        Math.log(parameters.a()), Math.log(parameters.b())}, null, null);
  }

  /**
   * The probability that a customer with {@code x} repeat purchases, the last at {@code tx}, observed
   * for {@code T}, is still alive: 1 / (1 + [x > 0] a / (b + x - 1) ((alpha + T) / (alpha + tx))^(r + x)),
   * computed in log space.
   */
  public double probabilityAlive(int x, double tx, double T) {
    checkHistory(x, tx, T);
    return aliveProbability(x, tx, T);
  }

  /** {@link #probabilityAlive} without the argument checks, for batch scoring. */
  double aliveProbability(int x, double tx, double T) {
    if (x == 0) {
      return 1;
    }
    double r = parameters.r();
    double alpha = parameters.alpha();
    double logOdds = Math.log(parameters.a()) - Math.log(parameters.b() + x - 1)
        + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
    return logOdds > 0 ? Math.exp(-logOdds) / (1 + Math.exp(-logOdds)) : 1 / (1 + Math.exp(logOdds));
  }

  /** The expected number of purchases in the next {@code t} time units of that customer (eq. 10). */
  public double expectedPurchases(double t, int x, double tx, double T) {
    checkHistory(x, tx, T);
    checkHorizon(t);
    return aliveProbability(x, tx, T) * aliveExpected(t, x, T);
  }

  /** Expected purchases in the next t of a customer alive at T: eq. 9 with r + x, alpha + T, b + x. */
  private double aliveExpected(double t, int x, double T) {
    if (t == 0) {
      return 0;
    }
    double r = parameters.r();
    double a = parameters.a();
    double b = parameters.b();
    double z = t / (parameters.alpha() + T + t);
    double c = a + b + x - 1;
    double f = Hypergeometric.f21(a + b - 1 - r, a - 1, c, z);
    // (1 - z)^(a - 1) F, computed as exp((a - 1) ln(1 - z)) with ln(1 - z) = ln((alpha + T) / (alpha + T + t))
    double bracket = -Math.expm1((a - 1) * Math.log1p(-z)) - Math.exp((a - 1) * Math.log1p(-z)) * (f - 1);
    return c / (a - 1) * bracket;
  }

  /**
   * A batch evaluator of expected purchases at the horizons {@code times} (in the model's unit), for
   * scoring many customers: one per thread.
   */
  public PurchaseCurves curves(double... times) {
    Require.notNull(times, "times");
    Require.that(times.length >= 1, "times", "must hold at least one horizon", 0);
    return new PurchaseCurves(this, times);
  }

  /** The expected number of purchases of a new customer in its first {@code t} time units (eq. 9). */
  public double populationExpectedPurchases(double t) {
    checkHorizon(t);
    return aliveExpected(t, 0, 0);
  }

  /**
   * The probability that the customer makes exactly {@code n} purchases in the next {@code t}: alive
   * with {@link #probabilityAlive}, then a BG/NBD with the updated parameters r + x, alpha + T, a,
   * b + x; gone, then none.
   */
  public double probabilityOfPurchases(int n, double t, int x, double tx, double T) {
    checkHistory(x, tx, T);
    checkHorizon(t);
    Require.that(n >= 0, "n", "must not be negative", n);
    double alive = probabilityAlive(x, tx, T);
    double p = pmf(n, t, parameters.r() + x, parameters.alpha() + T, parameters.a(), parameters.b() + x);
    return alive * p + (n == 0 ? 1 - alive : 0);
  }

  /** The probability that a new customer makes exactly {@code n} repeat purchases in its first {@code t} (eq. 8). */
  public double populationProbabilityOfPurchases(int n, double t) {
    checkHorizon(t);
    Require.that(n >= 0, "n", "must not be negative", n);
    return pmf(n, t, parameters.r(), parameters.alpha(), parameters.a(), parameters.b());
  }

  private static double pmf(int n, double t, double r, double alpha, double a, double b) {
    if (t == 0) {
      return n == 0 ? 1 : 0;
    }
    double lnBab = Beta.logBeta(a, b);
    double first = Math.exp(Beta.logBeta(a, b + n) - lnBab + Gamma.logGamma(r + n) - Gamma.logGamma(r)
        - Gamma.logGamma(n + 1.0) + r * Math.log(alpha / (alpha + t)) + n * Math.log(t / (alpha + t)));
    if (n == 0) {
      return first;
    }
    // 1 - sum_{j < n} NB(j) = P(NB >= n) = I_{t / (alpha + t)}(n, r), without the cancellation of the sum
    double tail = Beta.regularizedBeta(t / (alpha + t), n, r);
    return first + Math.exp(Beta.logBeta(a + 1, b + n - 1) - lnBab) * tail;
  }

  /**
   * The tracking curve: the cohort's expected cumulative repeat purchases at the end of periods
   * 1..{@code periods} (each as long as the model's time unit) counted from the first day of
   * {@code cohort}'s first purchases; each customer contributes from its own first purchase on.
   * Element {@code k - 1} is period k. Draw it against
   * {@link io.crmkit.scoring.clv.history.RepeatTracking#cumulativeRepeatPurchases}.
   */
  public double[] expectedCumulativeRepeatPurchases(PurchaseHistories cohort, int periods) {
    Require.notNull(cohort, "cohort");
    Require.that(periods >= 1 && periods <= 100_000, "periods", "must lie within 1..100000", periods);
    int n = cohort.customers();
    long origin = Long.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      origin = Math.min(origin, cohort.firstPurchase(i).toEpochDay());
    }
    java.util.TreeMap<Long, Integer> byOffset = new java.util.TreeMap<>();
    for (int i = 0; i < n; i++) {
      byOffset.merge(cohort.firstPurchase(i).toEpochDay() - origin, 1, Integer::sum);
    }
    double[] out = new double[periods];
    double days = unit.days();
    for (var entry : byOffset.entrySet()) {
      for (int k = 1; k <= periods; k++) {
        // at the end of period k the customer acquired on day s has been observed k * days - 1 - s days
        double elapsed = (k * days - 1 - entry.getKey()) / days;
        if (elapsed > 0) {
          out[k - 1] += entry.getValue() * populationExpectedPurchases(elapsed);
        }
      }
    }
    return out;
  }

  private static void checkHistory(int x, double tx, double T) {
    Require.that(x >= 0, "frequency", "must not be negative", x);
    Require.that(T >= 0 && Double.isFinite(T), "age", "must be a finite number >= 0", T);
    if (!(tx >= 0 && tx <= T)) {
      Require.that(false, "recency", "must lie within 0..age (" + T + ")", tx);
    }
    Require.that(x > 0 || tx == 0, "recency", "must be 0 for a customer without repeat purchases", tx);
  }

  private static void checkHorizon(double t) {
    Require.that(t >= 0 && Double.isFinite(t), "t", "must be a finite number >= 0", t);
  }

  @Override
  public String toString() {
    return "BgNbdModel{" + parameters + ", time in " + unit.name() + "}";
  }
}
