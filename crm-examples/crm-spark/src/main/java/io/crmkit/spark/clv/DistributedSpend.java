package io.crmkit.spark.clv;

import io.crmkit.scoring.clv.gammagamma.SpendData;
import io.crmkit.scoring.clv.gammagamma.SpendStatistics;
import io.crmkit.scoring.clv.gammagamma.SpendSums;
import org.apache.spark.api.java.JavaRDD;

/**
 * The repeat buyers' spend where the buyers are, on the executors: the statistics gathered once
 * per partition and merged tree-style, and, for every trial scale the Gamma-Gamma fit asks for,
 * one Spark job that sums each partition's buyers and merges the partials. Only one figure per
 * distinct frequency comes back from a job.
 */
final class DistributedSpend implements SpendData {
  private final JavaRDD<SpendBlock> blocks;
  private final SpendStatistics statistics;
  private final int depth;
  private int evaluations;

  DistributedSpend(JavaRDD<SpendBlock> blocks, SpendStatistics statistics, int depth) {
    this.blocks = blocks;
    this.statistics = statistics;
    this.depth = depth;
  }

  @Override
  public SpendStatistics statistics() {
    return statistics;
  }

  @Override
  public SpendSums sumsAt(double v) {
    evaluations++;
    SpendSums empty = SpendSums.accumulator(v).build();
    return blocks.map(block -> {
      SpendSums.Accumulator a = SpendSums.accumulator(v);
      for (int i = 0; i < block.frequency().length; i++) {
        a.addBuyer(block.frequency()[i], block.averageValue()[i]);
      }
      return a.build();
    }).treeAggregate(empty, SpendSums::merge, SpendSums::merge, depth);
  }

  /** How many likelihood evaluations (Spark jobs) the fit made. */
  int evaluations() {
    return evaluations;
  }

}
