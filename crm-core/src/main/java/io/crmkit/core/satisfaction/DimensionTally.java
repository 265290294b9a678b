package io.crmkit.core.satisfaction;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import org.immutables.value.Value;

/**
 * Exact running sums for one dimension of a survey: counts and whole-number sums, so tallies add up
 * in any order and merge without rounding.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class DimensionTally {
  static final DimensionTally EMPTY = ImmutableDimensionTally.builder().count(0).sumExpectation(0)
      .sumPerception(0).sumSquaredGap(0).build();

  public abstract long count();

  public abstract long sumExpectation();

  public abstract long sumPerception();

  /** Sum over responses of (perception - expectation) squared, for the spread. */
  public abstract long sumSquaredGap();

  @Value.Check
  protected void check() {
    Require.that(count() >= 0 && sumSquaredGap() >= 0, "dimensionTally", "counts must not be negative",
        count() + "/" + sumSquaredGap());
  }

  DimensionTally plus(int expectation, int perception) {
    long gap = (long) perception - expectation;
    return ImmutableDimensionTally.builder().count(count() + 1).sumExpectation(sumExpectation() + expectation)
        .sumPerception(sumPerception() + perception).sumSquaredGap(sumSquaredGap() + gap * gap).build();
  }

  DimensionTally plus(DimensionTally other) {
    return ImmutableDimensionTally.builder().count(count() + other.count())
        .sumExpectation(sumExpectation() + other.sumExpectation())
        .sumPerception(sumPerception() + other.sumPerception())
        .sumSquaredGap(sumSquaredGap() + other.sumSquaredGap()).build();
  }
}
