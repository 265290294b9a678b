package io.crmkit.scoring.clv.fit;

/**
 * The sentences of a fit's {@link FitDiagnostics} for people, as messages of an
 * {@link io.crmkit.core.text.Explanation}: each constant's display name is the template.
 */
public enum FitMessage {
  /**
   * {0} log-likelihood, {1} iterations, {2} evaluations, {3} gradient norm, {4} converged or not,
   * {5} the start, {6} the method, {7} customers, {8} distinct histories, {9} the penalizer or nothing.
   */
  DIAGNOSTICS,
  /** The gradient met the tolerance at a maximum. */
  CONVERGED,
  /** It did not. */
  NOT_CONVERGED,
  /** {0} the L2 penalizer. */
  PENALIZER,
  /** crmkit's method: a BOBYQA search on all histories, refined by Levenberg-Marquardt. */
  METHOD,
  /** {0} how many sampled histories the BOBYQA search ran on, refined by Levenberg-Marquardt. */
  METHOD_SAMPLED;

  /** The method text {@link MaximumLikelihood} names when the search ran on all histories. */
  static final String METHOD_TEXT = "BOBYQA search, Levenberg-Marquardt on the score equations";
}
