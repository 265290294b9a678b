package io.crmkit.scoring.clv.fit;

import io.crmkit.core.validation.Require;

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) by its power series, for the BG/NBD's expected
 * purchases. The series is summed until a term no longer changes the sum; one that has not
 * converged after {@link #MAX_TERMS} terms, or that overflows, throws a
 * {@link SeriesNotConvergedException} rather than returning a wrong value.
 */
public final class Hypergeometric {
  /** The most terms summed. */
  public static final int MAX_TERMS = 1_000_000;

  private Hypergeometric() {}

  /** 2F1(a, b; c; z) for |z| &lt; 1 and c not 0, -1, -2, ... */
  public static double f21(double a, double b, double c, double z) {
    Require.that(Math.abs(z) < 1, "z", "must satisfy |z| < 1 for the 2F1 series", z);
    Require.that(!(c <= 0 && c == Math.rint(c)), "c", "must not be 0 or a negative integer", c);
    Require.that(Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(c), "a, b, c", "must be finite",
        a + ", " + b + ", " + c);
    double term = 1;
    double sum = 1;
    int negligible = 0;
    for (int k = 0; k < MAX_TERMS; k++) {
      term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
      double next = sum + term;
      if (!Double.isFinite(next)) {
        throw new SeriesNotConvergedException(describe(a, b, c, z), k + 1, term, sum);
      }
      if (term == 0) {
        return next; // a or b is a non-positive integer: the series ends
      }
      // two terms in a row that no longer change the sum (one alone may sit next to a near-zero factor)
      negligible = next == sum ? negligible + 1 : 0;
      if (negligible == 2) {
        return next;
      }
      sum = next;
    }
    throw new SeriesNotConvergedException(describe(a, b, c, z), MAX_TERMS, term, sum);
  }

  private static String describe(double a, double b, double c, double z) {
    return "2F1(" + a + ", " + b + "; " + c + "; " + z + ")";
  }
}
