package io.crmkit.scoring.rank;

/**
 * A customer value distribution asked by rank: the few questions every rank-based figure of value
 * scoring (RFM quintiles, Pareto shares and Gini, ABC classes, the customer pyramid) puts to it. On
 * one machine {@link SortedValues} answers from its sorted array; a distributed engine answers from
 * its sorted partitions, with a bounded answer per question. The figures themselves
 * ({@link Quintiles}, {@code ParetoFigures}, {@code AbcCuts}, {@code PyramidCuts}) are defined once,
 * on this interface, so both give the same results.
 *
 * <p>Positions are 0-based in descending order: position 0 holds the largest value. Questions come in
 * batches, so an engine where each question costs a pass over the data answers many in one pass;
 * searches ask {@link #searchBatch()} positions a round.
 */
public interface RankedValues {
  /** How many values (customers) the distribution holds. */
  int size();

  /** The sum of all values. */
  long total();

  /** The value at each of {@code descendingPositions}, each within 0..size-1. */
  long[] valuesAt(int[] descendingPositions);

  /** The sum of the largest k values for each k of {@code counts}, each within 0..size. */
  long[] sumsOfTop(int[] counts);

  /** How many values are at least v, for each v of {@code values}. */
  int[] countsAtLeast(long[] values);

  /**
   * Sum over i = 1..n of i x (the i-th smallest value), the weighted rank sum behind the Gini
   * coefficient, as a double (the sum may not fit a long); its rounding error is at most about
   * n x 2^-53 relative.
   */
  double weightedRankSum();

  /**
   * How many positions a search should ask for in one round: 1 (a binary search) where a question is
   * cheap, hundreds where each round is a pass over distributed data.
   */
  default int searchBatch() {
    return 1;
  }
}
