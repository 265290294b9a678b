package io.crmkit.spark;

import io.crmkit.core.validation.Require;
import io.crmkit.scoring.pareto.AbcPolicy;
import io.crmkit.scoring.pyramid.PyramidPolicy;
import io.crmkit.scoring.rfm.RfmFrequency;
import io.crmkit.scoring.rfm.RfmSegment;
import java.util.List;

/**
 * The policies of value scoring on Spark, crm-scoring's own: ABC limits, pyramid tiers, RFM segments
 * and what F counts, how many Lorenz points to report, and the factor of the {@code overdue} churn
 * rule. {@link #DEFAULT} takes crm-scoring's defaults.
 *
 * <p>Immutable and thread-safe.
 *
 * @param abc where the ABC classes end
 * @param pyramid where the pyramid's tiers end
 * @param segments the RFM segments, tried in order
 * @param frequency what the F of RFM counts
 * @param lorenzPoints how many points of the Lorenz curve to report, at least 2
 * @param overdueFactor the churn rule's factor: overdue after this many mean gaps, at least 1
 */
public record ScoringOptions(AbcPolicy abc, PyramidPolicy pyramid, List<RfmSegment> segments,
    RfmFrequency frequency, int lorenzPoints, double overdueFactor) {
  /** crm-scoring's defaults: 80/95 ABC, 1/4/15/80 pyramid, the README segments, purchase days, 11 points, factor 2. */
  public static final ScoringOptions DEFAULT = new ScoringOptions(AbcPolicy.DEFAULT, PyramidPolicy.DEFAULT,
      RfmSegment.DEFAULTS, RfmFrequency.PURCHASE_DAYS, 11, 2.0);

  /** Validates every field and keeps an unmodifiable copy of the segments. */
  public ScoringOptions {
    Require.notNull(abc, "scoringOptions.abc");
    Require.notNull(pyramid, "scoringOptions.pyramid");
    Require.notNull(segments, "scoringOptions.segments");
    segments = List.copyOf(segments);
    Require.notNull(frequency, "scoringOptions.frequency");
    Require.that(lorenzPoints >= 2 && lorenzPoints <= 1_001, "scoringOptions.lorenzPoints", "must lie within 2..1001",
        lorenzPoints);
    Require.that(overdueFactor >= 1 && Double.isFinite(overdueFactor), "scoringOptions.overdueFactor",
        "must be at least 1", overdueFactor);
  }
}
