package io.crmkit.spark.clv;

import io.crmkit.scoring.clv.gammagamma.SpendStatistics;
import io.crmkit.scoring.clv.history.DistinctHistories;
import java.io.Serializable;

/**
 * What one partition of the calibration histories sends towards the driver: its distinct
 * histories with counts (for the BG/NBD) and its spend statistics (for the Gamma-Gamma), both
 * crm-scoring's mergeable partials, merged tree-style.
 */
record CalibrationPartial(DistinctHistories histories, SpendStatistics spend) implements Serializable {
  CalibrationPartial merge(CalibrationPartial other) {
    return new CalibrationPartial(histories.merge(other.histories), spend.merge(other.spend));
  }
}
