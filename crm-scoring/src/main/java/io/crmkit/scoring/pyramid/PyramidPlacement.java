package io.crmkit.scoring.pyramid;

import io.crmkit.core.validation.CrmStyle;
import org.immutables.value.Value;

/**
 * Where one customer sits in the pyramid and why: the tier, the competition rank (1 = most
 * valuable), the value and the cut-off that put it there.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class PyramidPlacement {
  public abstract String customerId();

  public abstract PyramidTier tier();

  public abstract int rank();

  public abstract long valueMinor();

  /** The rule that placed the customer, e.g. "rank 3 &lt;= 5, the last rank of MAJOR". */
  public abstract String because();
}
