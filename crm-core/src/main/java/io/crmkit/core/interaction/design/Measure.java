package io.crmkit.core.interaction.design;

import io.crmkit.core.validation.Require;
import java.util.OptionalInt;

/**
 * How a goal is measured: an indicator, the target to reach and, when known, where it stands today.
 * A measure that counts people of the goal's audience ({@link #countsPeople()}) is judged against the
 * audience's size.
 *
 * <p>Immutable and thread-safe.
 *
 * @param indicator what is counted, e.g. "sign-ups for the audition"
 * @param target the amount to reach, at least 1
 * @param countsPeople whether each unit is one person of the audience
 * @param baseline where the indicator stands when the goal is set, when known
 */
public record Measure(String indicator, int target, boolean countsPeople, OptionalInt baseline) {

  /** Validates every field. */
  public Measure {
    Require.text(indicator, "measure.indicator");
    Require.that(target >= 1, "measure.target", "must be at least 1", target);
    Require.notNull(baseline, "measure.baseline");
    Require.that(baseline.isEmpty() || baseline.getAsInt() >= 0, "measure.baseline", "must not be negative",
        baseline);
  }

  /** A count of people of the audience, e.g. 30 sign-ups. */
  public static Measure people(String indicator, int target) {
    return new Measure(indicator, target, true, OptionalInt.empty());
  }

  /** A count of anything else, e.g. 2 rehearsal rooms. */
  public static Measure count(String indicator, int target) {
    return new Measure(indicator, target, false, OptionalInt.empty());
  }

  /** This measure with where the indicator stands today. */
  public Measure from(int current) {
    return new Measure(indicator, target, countsPeople, OptionalInt.of(current));
  }

  /** Whether an observed amount reaches the target. */
  public boolean isMetBy(int observed) {
    return observed >= target;
  }
}
