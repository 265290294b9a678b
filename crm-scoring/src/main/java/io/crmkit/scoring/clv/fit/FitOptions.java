package io.crmkit.scoring.clv.fit;

import io.crmkit.core.validation.Require;

/**
 * How a model is fitted: an L2 penalizer on the parameters (0 for plain maximum likelihood; a small
 * value such as 0.01 keeps parameters finite on small or odd data, as lifetimes' penalizer_coef
 * does), the most likelihood evaluations each starting point may use, and the gradient norm (per
 * customer, on the log scale of the parameters) below which a fit counts as converged.
 *
 * @param penalizer the L2 penalty per customer on the parameters, at least 0
 * @param maxEvaluations likelihood evaluations allowed per starting point, at least 50
 * @param gradientTolerance the converged gradient norm per customer, positive
 */
public record FitOptions(double penalizer, int maxEvaluations, double gradientTolerance) {
  /** Plain maximum likelihood, 5,000 evaluations per start, gradient norm 1e-6 per customer. */
  public static final FitOptions DEFAULT = new FitOptions(0, 5_000, 1e-6);

  public FitOptions {
    Require.that(penalizer >= 0 && Double.isFinite(penalizer), "fitOptions.penalizer", "must be a finite number >= 0",
        penalizer);
    Require.that(maxEvaluations >= 50, "fitOptions.maxEvaluations", "must be at least 50", maxEvaluations);
    Require.that(gradientTolerance > 0 && Double.isFinite(gradientTolerance), "fitOptions.gradientTolerance",
        "must be positive", gradientTolerance);
  }

  public FitOptions withPenalizer(double penalizer) {
    return new FitOptions(penalizer, maxEvaluations, gradientTolerance);
  }

  public FitOptions withMaxEvaluations(int maxEvaluations) {
    return new FitOptions(penalizer, maxEvaluations, gradientTolerance);
  }
}
