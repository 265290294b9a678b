package io.crmkit.scoring.clv.gammagamma;

/**
 * The repeat buyers' spend as the Gamma-Gamma likelihood reads it, wherever the buyers are: the
 * per-frequency {@link SpendStatistics} (counts and sums of log averages, fixed for a fit) and, for
 * each trial scale v, the per-frequency {@link SpendSums} of ln(x m + v) and its derivatives. A
 * {@link SpendSample} computes them on one machine; a distributed engine computes each as a job
 * over its partitions and merges the partials, so only one figure per distinct frequency reaches
 * the fitter, never a row per buyer. Both feed the same likelihood, so they fit the same model.
 */
public interface SpendData {
  /** The buyers' per-frequency counts and sums (the same object on every call). */
  SpendStatistics statistics();

  /**
   * The per-frequency sums at scale {@code v} (positive) over every buyer of
   * {@link #statistics()}.
   */
  SpendSums sumsAt(double v);
}
