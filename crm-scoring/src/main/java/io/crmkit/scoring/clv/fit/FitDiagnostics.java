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

  private static final java.util.regex.Pattern SAMPLED =
      java.util.regex.Pattern.compile("BOBYQA search on (\\d+) sampled histories, Levenberg-Marquardt on the score equations");

  /**
   * One line for a report in {@code locale}, the same facts as {@link #describe()}. crmkit's own
   * method names read in the language; a method named by another fitter reads as given.
   */
  public String describe(Locale locale) {
    io.crmkit.core.validation.Require.notNull(locale, "fitDiagnostics.locale");
    return explanation().render(locale);
  }

  /** The line as a message and its arguments (numbers formatted as in {@link #describe()}). */
  public io.crmkit.core.text.Explanation explanation() {
    Object how = method;
    java.util.regex.Matcher sampled = SAMPLED.matcher(method);
    if (method.equals(FitMessage.METHOD_TEXT)) {
      how = io.crmkit.core.text.Explanation.of(FitMessage.METHOD);
    } else if (sampled.matches()) {
      how = io.crmkit.core.text.Explanation.of(FitMessage.METHOD_SAMPLED, sampled.group(1));
    }
    return io.crmkit.core.text.Explanation.of(FitMessage.DIAGNOSTICS, String.format(Locale.ROOT, "%.4f", logLikelihood),
        iterations, evaluations, String.format(Locale.ROOT, "%.2e", gradientNorm),
        converged ? FitMessage.CONVERGED : FitMessage.NOT_CONVERGED, start.toString(), how,
        String.format(Locale.ROOT, "%,d", customers), String.format(Locale.ROOT, "%,d", distinctHistories),
        penalizer > 0 ? java.util.Optional.of(io.crmkit.core.text.Explanation.of(FitMessage.PENALIZER, penalizer))
            : java.util.Optional.empty());
  }

  /** One line for a report. */
  public String describe() {
    return String.format(Locale.ROOT, "log-likelihood %.4f, %d iterations, %d evaluations, gradient norm %.2e, %s, "
        + "from %s (%s; %,d customers, %,d distinct histories%s)", logLikelihood, iterations, evaluations,
        gradientNorm, converged ? "converged" : "NOT converged", start, method, customers, distinctHistories,
        penalizer > 0 ? ", penalizer " + penalizer : "");
  }
}
