package io.crmkit.scoring.pareto;

import io.crmkit.core.validation.CrmStyle;
import org.immutables.value.Value;

/**
 * A point of the Lorenz curve: the poorest {@code customerShare} of customers bring
 * {@code valueShare} of the value. The diagonal is perfect equality.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class LorenzPoint {
  @Value.Parameter
  public abstract double customerShare();

  @Value.Parameter
  public abstract double valueShare();
}
