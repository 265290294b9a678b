package io.crmkit.spark;

import io.crmkit.core.validation.Require;
import io.crmkit.scoring.pareto.AbcClass;
import io.crmkit.scoring.pareto.AbcCuts;
import io.crmkit.scoring.pareto.LorenzPoint;
import io.crmkit.scoring.pareto.ParetoSplit;
import io.crmkit.scoring.pyramid.PyramidCuts;
import io.crmkit.scoring.pyramid.PyramidTier;
import io.crmkit.scoring.rank.Quintiles;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The base-wide results of value scoring on Spark, as crm-scoring's own value types: the actual
 * 80/20 split and the Lorenz curve, the ABC and pyramid cut values with their counts, the RFM
 * quintile cuts and segment sizes, and how many customers the {@code overdue} churn rule flags.
 * Every field is bounded by the policies, not by the customers.
 *
 * <p>Immutable and thread-safe.
 *
 * @param asOf the day of the assessment
 * @param split the actual split (customers, total, top fifth's share, share behind four fifths, Gini)
 * @param lorenz the Lorenz curve
 * @param abcCuts where the ABC classes begin
 * @param abcCounts customers per ABC class
 * @param pyramidCuts where the pyramid's tiers begin
 * @param pyramidCounts customers per tier
 * @param recency the R quintile cuts (days since the last purchase)
 * @param frequency the F quintile cuts
 * @param monetary the M quintile cuts (total in minor units)
 * @param segmentSizes customers per RFM segment, in segment order, empty segments left out
 * @param overdue customers the {@code overdue} churn rule flags
 */
public record BaseFigures(LocalDate asOf, ParetoSplit split, List<LorenzPoint> lorenz, AbcCuts abcCuts,
    Map<AbcClass, Integer> abcCounts, PyramidCuts pyramidCuts, Map<PyramidTier, Integer> pyramidCounts,
    Quintiles recency, Quintiles frequency, Quintiles monetary, Map<String, Integer> segmentSizes, long overdue) {

  /** Requires every field; keeps unmodifiable copies of the collections. */
  public BaseFigures {
    Require.notNull(asOf, "baseFigures.asOf");
    Require.notNull(split, "baseFigures.split");
    lorenz = List.copyOf(Require.notNull(lorenz, "baseFigures.lorenz"));
    Require.notNull(abcCuts, "baseFigures.abcCuts");
    Require.notNull(abcCounts, "baseFigures.abcCounts");
    Require.notNull(pyramidCuts, "baseFigures.pyramidCuts");
    Require.notNull(pyramidCounts, "baseFigures.pyramidCounts");
    Require.notNull(recency, "baseFigures.recency");
    Require.notNull(frequency, "baseFigures.frequency");
    Require.notNull(monetary, "baseFigures.monetary");
    Require.notNull(segmentSizes, "baseFigures.segmentSizes");
    Require.that(overdue >= 0, "baseFigures.overdue", "must not be negative", overdue);
  }

  /** The figures in a few lines a manager reads. */
  public String describe() {
    return split.describe() + System.lineSeparator()
        + "ABC classes: " + abcCounts + System.lineSeparator()
        + "Customer pyramid: " + pyramidCounts + System.lineSeparator()
        + "RFM segments: " + segmentSizes + System.lineSeparator()
        + "Overdue by their own rhythm (churn signal): " + overdue + " customers";
  }
}
