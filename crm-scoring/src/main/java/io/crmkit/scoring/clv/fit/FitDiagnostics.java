package io.crmkit.scoring.clv.fit;

import java.util.List;
import java.util.Locale;

/**
 * How a fit went: the log-likelihood reached (without the penalty), the optimiser's iterations and
 * likelihood evaluations, the gradient norm per customer at the optimum (on the log scale of the
 * parameters), whether the fit converged, the starting point it converged from, and what it was
 * fitted on. A model carries its diagnostics so a report can show them next to the parameters.
 *
 * @param logLikelihood the log-likelihood of the data at the fitted parameters
 * @param iterations optimiser iterations (search and refinement)
 * @param evaluations likelihood evaluations (search and refinement)
 * @param gradientNorm the gradient norm per customer at the optimum
 * @param converged whether the gradient norm met the tolerance at a maximum
 * @param start the starting parameters (natural scale) of the successful attempt
 * @param method the optimisers used
 * @param customers customers fitted on
 * @param distinctHistories distinct histories the likelihood was evaluated on
 * @param penalizer the L2 penalizer used
 */
public record FitDiagnostics(double logLikelihood, int iterations, int evaluations, double gradientNorm,
    boolean converged, List<Double> start, String method, long customers, int distinctHistories, double penalizer) {

  public FitDiagnostics {
    start = List.copyOf(start);
  }

  /** One line for a report. */
  public String describe() {
    return String.format(Locale.ROOT, "log-likelihood %.4f, %d iterations, %d evaluations, gradient norm %.2e, %s, "
        + "from %s (%s; %,d customers, %,d distinct histories%s)", logLikelihood, iterations, evaluations,
        gradientNorm, converged ? "converged" : "NOT converged", start, method, customers, distinctHistories,
        penalizer > 0 ? ", penalizer " + penalizer : "");
  }
}
