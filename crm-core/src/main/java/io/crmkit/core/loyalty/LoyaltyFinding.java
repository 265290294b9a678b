package io.crmkit.core.loyalty;

import io.crmkit.core.validation.CrmStyle;
import org.immutables.value.Value;

/**
 * One kind of loyalty found in the evidence, with the evidence that shows it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class LoyaltyFinding {
  @Value.Parameter
  public abstract LoyaltyType type();

  @Value.Parameter
  public abstract String reason();
}
