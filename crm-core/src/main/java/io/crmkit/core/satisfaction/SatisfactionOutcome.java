package io.crmkit.core.satisfaction;

import io.crmkit.core.validation.Require;


/**
 * Satisfaction as perception measured against expectation: below it the customer is dissatisfied,
 * level with it (within a tolerance zone) basically satisfied, above it satisfied.
 */
public enum SatisfactionOutcome {
  /** Perception below expectation by more than the tolerance. */
  DISSATISFIED,
  /** Perception level with expectation, within the tolerance. */
  BASICALLY_SATISFIED,
  /** Perception above expectation by more than the tolerance. */
  SATISFIED;

  /** The outcome of a gap (perception - expectation) given a tolerance zone of +/- {@code tolerance}. */
  public static SatisfactionOutcome of(double gap, double tolerance) {
    Require.that(Double.isFinite(gap), "gap", "must be a finite number", gap);
    Require.that(tolerance >= 0 && Double.isFinite(tolerance), "tolerance", "must be finite and not negative",
        tolerance);
    if (gap < -tolerance) {
      return DISSATISFIED;
    }
    return gap > tolerance ? SATISFIED : BASICALLY_SATISFIED;
  }
}
