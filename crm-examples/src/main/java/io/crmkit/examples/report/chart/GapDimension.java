package io.crmkit.examples.report.chart;

import io.crmkit.core.validation.Require;

/**
 * One perception dimension of a satisfaction gap chart: the customers' tolerance zone from the
 * adequate to the desired level, and the perceived level. Perception below the adequate level is a
 * gap the company must close; above the desired level, delight.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the dimension, e.g. "Reliability" or "可靠性"
 * @param adequate the lowest level customers accept
 * @param desired the level customers hope for, at least {@code adequate}
 * @param perceived the level customers experienced
 */
public record GapDimension(String name, double adequate, double desired, double perceived) {
  public GapDimension {
    Require.text(name, "gapDimension.name");
    Require.that(Double.isFinite(adequate), "gapDimension.adequate", "must be finite", adequate);
    Require.that(Double.isFinite(desired), "gapDimension.desired", "must be finite", desired);
    Require.that(Double.isFinite(perceived), "gapDimension.perceived", "must be finite", perceived);
    Require.that(adequate <= desired, "gapDimension.desired", "must be at least adequate " + adequate, desired);
  }

  /** Where the perception lies against the tolerance zone. */
  public Standing standing() {
    if (perceived < adequate) {
      return Standing.BELOW;
    }
    return perceived > desired ? Standing.ABOVE : Standing.WITHIN;
  }

  /** Perception against the tolerance zone. */
  public enum Standing {
    /** Below the adequate level: dissatisfaction. */
    BELOW,
    /** Within the tolerance zone. */
    WITHIN,
    /** Above the desired level: delight. */
    ABOVE
  }
}
