package io.crmkit.scoring.pareto;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import org.immutables.value.Value;

/**
 * Where the ABC classes end, as cumulative value shares of customers ranked by value: A while the
 * value of everyone ranked above a customer is below {@link #aUpTo()} (default 0.80), B below
 * {@link #bUpTo()} (default 0.95), C the rest. Customers of equal value share the class of the
 * highest-ranked among them.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class AbcPolicy {
  public static final AbcPolicy DEFAULT = ImmutableAbcPolicy.builder().build();

  @Value.Default
  public double aUpTo() {
    return 0.80;
  }

  @Value.Default
  public double bUpTo() {
    return 0.95;
  }

  /**
   * The class of a customer whose higher-ranked customers together bring {@code sumGreater} of the
   * base's {@code total} value (minor units): A while that share is below {@link #aUpTo()}, B below
   * {@link #bUpTo()}, else C; every customer is A when the total is 0.
   */
  public AbcClass classFor(long sumGreater, long total) {
    if (total == 0) {
      return AbcClass.A;
    }
    double before = sumGreater / (double) total;
    return before < aUpTo() ? AbcClass.A : before < bUpTo() ? AbcClass.B : AbcClass.C;
  }

  @Value.Check
  protected void check() {
    Require.that(aUpTo() > 0 && aUpTo() < bUpTo() && bUpTo() <= 1, "abcPolicy",
        "must satisfy 0 < aUpTo < bUpTo <= 1", aUpTo() + "/" + bUpTo());
  }
}
