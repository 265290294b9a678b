package io.crmkit.spark.clv;

import io.crmkit.scoring.clv.bgnbd.BgNbdModel;
import io.crmkit.scoring.clv.gammagamma.GammaGammaModel;
import io.crmkit.scoring.clv.gammagamma.SpendStatistics;
import io.crmkit.scoring.clv.history.DistinctHistories;
import io.crmkit.scoring.clv.value.CustomerValueModel;
import java.time.LocalDate;

/**
 * The base-wide result of fitting predicted customer value on Spark, as crm-scoring's own value
 * types: the fitted {@link CustomerValueModel} (its BG/NBD and Gamma-Gamma with their diagnostics
 * and standard errors), the distinct histories and spend statistics it was fitted on (what reached
 * the driver), the calibration end, and how many likelihood evaluations of the Gamma-Gamma ran as
 * Spark jobs.
 *
 * @param model the fitted model, to score with {@link SparkCustomerValue#score}
 * @param histories the cohort's distinct (frequency, recency, age) histories with counts
 * @param spend the repeat buyers' per-frequency statistics and the customers left out
 * @param calibrationEnd the last day of the calibration period (every purchase read is on or before it)
 * @param spendEvaluations Gamma-Gamma likelihood evaluations made on the cluster
 */
public record CustomerValueFit(CustomerValueModel model, DistinctHistories histories, SpendStatistics spend,
    LocalDate calibrationEnd, int spendEvaluations) {

  /** The fitted BG/NBD, with its diagnostics. */
  public BgNbdModel purchases() {
    return model.purchases();
  }

  /** The fitted Gamma-Gamma, with its diagnostics. */
  public GammaGammaModel spendModel() {
    return model.spend();
  }

  /** The customers of the cohort. */
  public long customers() {
    return histories.customers();
  }
}
