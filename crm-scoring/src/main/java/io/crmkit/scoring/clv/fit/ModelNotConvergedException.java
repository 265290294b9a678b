package io.crmkit.scoring.clv.fit;

import java.util.List;

/**
 * A model could not be fitted: no starting point led to a maximum of the likelihood within the
 * allowed evaluations. The message says what was tried (each start, where it ended, why it was
 * rejected) and what to try next; it holds no customer data. A fit never returns NaN parameters
 * instead.
 */
public final class ModelNotConvergedException extends ArithmeticException {
  private static final long serialVersionUID = 1L;

  private final String model;
  private final List<String> attempts;

  public ModelNotConvergedException(String model, long customers, int distinct, List<String> attempts) {
    super(model + " fit did not converge on " + customers + " customers (" + distinct + " distinct histories). Tried: "
        + String.join("; ", attempts) + ". What to try: more data (more customers or a longer calibration "
        + "period), a penalizer (FitOptions.DEFAULT.withPenalizer(0.01)), another time unit (weeks rather than "
        + "days, so the rate parameters are not extreme), or more evaluations (FitOptions.withMaxEvaluations).");
    this.model = model;
    this.attempts = List.copyOf(attempts);
  }

  /** The model that failed, e.g. {@code "BG/NBD"}. */
  public String model() {
    return model;
  }

  /** One line per starting point tried. */
  public List<String> attempts() {
    return attempts;
  }
}
