package io.crmkit.spark.clv;

import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.util.Currency;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Every customer's calibration history on the cluster, one row per customer of the cohort
 * ({@link SparkCustomerValue#HISTORY_SCHEMA}: id, repeat occasions, recency and age in days,
 * repeat value in minor units), the figures crm-scoring's
 * {@link io.crmkit.scoring.clv.history.PurchaseHistories} keeps on one machine, with the
 * calibration end and the currency they were computed for. The rows are persisted (memory, then
 * disk), since the fit and the score read them several times; {@link #release} frees them.
 *
 * @param rows one row per customer
 * @param calibrationEnd the last day of the calibration period
 * @param currency the currency of the repeat values
 */
public record CalibrationHistories(Dataset<Row> rows, LocalDate calibrationEnd, Currency currency) {
  public CalibrationHistories {
    Require.notNull(rows, "rows");
    Require.notNull(calibrationEnd, "calibrationEnd");
    Require.notNull(currency, "currency");
  }

  /** Frees the persisted rows on the executors. */
  public void release() {
    rows.unpersist();
  }
}
