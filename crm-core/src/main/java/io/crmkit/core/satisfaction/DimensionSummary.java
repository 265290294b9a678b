package io.crmkit.core.satisfaction;

import io.crmkit.core.validation.CrmStyle;
import org.immutables.value.Value;

/**
 * One dimension across a survey: mean expectation, mean perception, mean gap and its spread
 * (standard deviation of the individual gaps), and the weighted negative gap that ranks what to fix
 * first: weight x max(0, -gap).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class DimensionSummary {
  public abstract ServiceDimension dimension();

  public abstract long count();

  public abstract double meanExpectation();

  public abstract double meanPerception();

  /** Mean perception minus mean expectation. */
  public abstract double gap();

  /** Standard deviation of the individual gaps (population form). */
  public abstract double gapSpread();

  public abstract double weight();

  public abstract SatisfactionOutcome outcome();

  /** Weight x max(0, -gap): how much this dimension's shortfall costs overall satisfaction. */
  @Value.Derived
  public double weightedNegativeGap() {
    return weight() * Math.max(0, -gap());
  }
}
