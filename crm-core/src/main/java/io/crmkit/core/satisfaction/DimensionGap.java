package io.crmkit.core.satisfaction;

import io.crmkit.core.validation.CrmStyle;
import org.immutables.value.Value;

/**
 * The gap on one dimension of one encounter: gap = perception - expectation, and what it means.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class DimensionGap {
  public abstract ServiceDimension dimension();

  public abstract int expectation();

  public abstract int perception();

  /** The dimension's importance weight in the model. */
  public abstract double weight();

  public abstract SatisfactionOutcome outcome();

  /** Perception minus expectation. */
  @Value.Derived
  public int gap() {
    return perception() - expectation();
  }
}
