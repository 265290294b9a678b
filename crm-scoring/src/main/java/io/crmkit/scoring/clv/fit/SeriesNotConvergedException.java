package io.crmkit.scoring.clv.fit;

/**
 * A series (the Gauss hypergeometric 2F1 of the BG/NBD expectations) did not converge within its
 * term limit or left the range of doubles. It names the arguments, the terms summed and the last
 * term, so the caller can see how far it was from converging; it never returns a wrong value.
 */
public final class SeriesNotConvergedException extends ArithmeticException {
  private static final long serialVersionUID = 1L;

  private final int terms;

  public SeriesNotConvergedException(String what, int terms, double lastTerm, double sum) {
    super(what + " did not converge after " + terms + " terms (last term " + lastTerm + ", partial sum " + sum
        + "); a horizon far longer than the calibration period or extreme parameters make the series slow: "
        + "try a shorter horizon or another time unit");
    this.terms = terms;
  }

  /** How many terms were summed. */
  public int terms() {
    return terms;
  }
}
