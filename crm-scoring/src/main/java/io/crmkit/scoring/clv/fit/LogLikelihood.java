package io.crmkit.scoring.clv.fit;

/**
 * A model's log-likelihood as a function of the logarithms of its parameters (all positive), with
 * its gradient and Hessian, for {@link MaximumLikelihood}. Optimising on the log scale keeps every
 * parameter positive without bounds and makes the scales of rates and shapes comparable.
 */
public interface LogLikelihood {
  /** The number of parameters. */
  int dimension();

  /** How many customers the likelihood sums over (the scale of its value). */
  long customers();

  /** How many distinct terms it evaluates. */
  int terms();

  /**
   * The log-likelihood at {@code logParams}; fills {@code gradient} and {@code hessian} (with
   * respect to the log-parameters) when they are not null. A non-finite value means the point is
   * outside where the likelihood can be computed.
   */
  double value(double[] logParams, double[] gradient, double[][] hessian);
}
