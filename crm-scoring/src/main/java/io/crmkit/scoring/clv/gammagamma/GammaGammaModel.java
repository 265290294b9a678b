package io.crmkit.scoring.clv.gammagamma;

import io.crmkit.core.validation.Require;
import io.crmkit.scoring.clv.fit.FitDiagnostics;
import io.crmkit.scoring.clv.fit.FitOptions;
import io.crmkit.scoring.clv.fit.MaximumLikelihood;
import java.util.List;
import java.util.Optional;

/**
 * The Gamma-Gamma model of monetary value (Fader and Hardie, "The Gamma-Gamma Model of Monetary
 * Value", 2013; Fader, Hardie and Lee, "RFM and CLV", JMR 2005): what a customer's future
 * purchases will be worth on average, shrinking each customer's observed average towards the
 * population's by how much evidence (how many occasions) there is. Differentiate, IDIC step 2.
 * Fitted on repeat buyers only; it assumes spend per occasion independent of purchase frequency,
 * which {@link #frequencyValueCorrelation} reports for the fitted data.
 *
 * <p>Immutable and thread-safe.
 */
public final class GammaGammaModel {
  private static final List<String> NAMES = List.of("p", "q", "v");
  /**
   * The most buyers the search stage of a fit reads: above it, {@link #fit(SpendSample, FitOptions)}
   * searches on every k-th buyer, and a distributed engine passes a sample of about this size to
   * {@link #fit(SpendData, SpendSample, FitOptions)}.
   */
  public static final int SEARCH_SAMPLE = 20_000;

  private final GammaGammaParameters parameters;
  private final GammaGammaParameters standardErrors;
  private final FitDiagnostics diagnostics;
  private final double correlation;

  private GammaGammaModel(GammaGammaParameters parameters, GammaGammaParameters standardErrors,
      FitDiagnostics diagnostics, double correlation) {
    this.parameters = parameters;
    this.standardErrors = standardErrors;
    this.diagnostics = diagnostics;
    this.correlation = correlation;
  }

  /** A model with known parameters. */
  public static GammaGammaModel of(GammaGammaParameters parameters) {
    return new GammaGammaModel(Require.notNull(parameters, "parameters"), null, null, Double.NaN);
  }

  /** Fits by maximum likelihood with {@link FitOptions#DEFAULT}. */
  public static GammaGammaModel fit(SpendSample sample) {
    return fit(sample, FitOptions.DEFAULT);
  }

  /** Fits by maximum likelihood; throws {@link io.crmkit.scoring.clv.fit.ModelNotConvergedException} if no start converges. */
  public static GammaGammaModel fit(SpendSample sample, FitOptions options) {
    Require.notNull(sample, "sample");
    // Large samples: the search runs on every k-th buyer (at most 20,000), the refinement on all.
    SpendSample search = sample.size() > SEARCH_SAMPLE
        ? sample.everyNth((sample.size() + SEARCH_SAMPLE - 1) / SEARCH_SAMPLE) : sample;
    return fit(sample, search, options);
  }

  /**
   * Fits by maximum likelihood on the buyers of {@code data}, wherever they are: the search for the
   * maximum's region runs on {@code search} (a sample of the buyers, at most about
   * {@link #SEARCH_SAMPLE}, held on this machine), the refinement to the maximum on all of
   * {@code data} (each likelihood evaluation one {@link SpendData#sumsAt} call). The refinement
   * converges to the same maximum from any good search, so a sample drawn differently changes the
   * parameters only within the optimiser's tolerance. Throws
   * {@link io.crmkit.scoring.clv.fit.ModelNotConvergedException} if no start converges.
   */
  public static GammaGammaModel fit(SpendData data, SpendSample search, FitOptions options) {
    Require.notNull(data, "data");
    Require.notNull(search, "search");
    Require.notNull(options, "options");
    SpendStatistics stats = data.statistics();
    Require.that(stats.buyers() >= 3, "sample", "must hold at least 3 repeat buyers with a positive value",
        stats.buyers());
    Require.that(search.size() >= 1, "search", "must hold at least one repeat buyer", search.size());
    double mean = stats.meanAverageValue();
    GammaGammaLikelihood ll = new GammaGammaLikelihood(data);
    GammaGammaLikelihood searchLl = search == data ? ll : new GammaGammaLikelihood(search);
    // Starts: lifetimes' all ones, then shapes that put the population mean p v / (q - 1) at the data's.
    List<double[]> starts = List.of(new double[] {1, 1, 1}, new double[] {2, 3, mean}, new double[] {5, 5, mean},
        new double[] {1, 2, mean / 2});
    MaximumLikelihood.Estimate e = MaximumLikelihood.maximize("Gamma-Gamma", NAMES, ll, searchLl, starts, options);
    return new GammaGammaModel(new GammaGammaParameters(e.param(0), e.param(1), e.param(2)),
        new GammaGammaParameters(e.standardError(0), e.standardError(1), e.standardError(2)), e.diagnostics(),
        stats.frequencyValueCorrelation());
  }

  public GammaGammaParameters parameters() {
    return parameters;
  }

  public Optional<GammaGammaParameters> standardErrors() {
    return Optional.ofNullable(standardErrors);
  }

  public Optional<FitDiagnostics> diagnostics() {
    return Optional.ofNullable(diagnostics);
  }

  /**
   * The correlation of frequency and average value in the data the model was fitted on (NaN for a
   * model of given parameters): the check of the independence assumption, reported, not hidden.
   */
  public double frequencyValueCorrelation() {
    return correlation;
  }

  /**
   * The expected average value of a customer's future occasions, given {@code x} repeat occasions
   * with average {@code m} (x = 0: the population mean): (p (v + x m)) / (p x + q - 1), a weighted
   * mean of the population's p v / (q - 1) and the customer's m.
   */
  public double expectedAverageValue(int x, double m) {
    Require.that(x >= 0, "frequency", "must not be negative", x);
    Require.that(m >= 0 && Double.isFinite(m), "averageValue", "must be a finite amount >= 0", m);
    double p = parameters.p();
    double q = parameters.q();
    Require.that(p * x + q > 1, "gammaGamma.q", "must make p x + q exceed 1 for a finite expectation",
        parameters.q());
    return p * (parameters.v() + x * m) / (p * x + q - 1);
  }

  @Override
  public String toString() {
    return "GammaGammaModel{" + parameters + "}";
  }
}
