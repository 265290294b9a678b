package io.crmkit.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The kept transactions of a Dataset and the report of what was left out. The checked rows stay
 * cached for the scoring that follows; {@link #close()} releases them.
 *
 * @param transactions the kept rows: {@link SparkTransactions#CUSTOMER_ID}, {@link SparkTransactions#DAY}
 *     (epoch day), {@link SparkTransactions#AMOUNT_MINOR}
 * @param report what was read, kept and left out
 * @param cached the cached checked rows behind both
 */
public record SparkRead(Dataset<Row> transactions, SparkReadReport report, Dataset<Row> cached)
    implements AutoCloseable {
  /** Releases the cached rows. */
  @Override
  public void close() {
    cached.unpersist();
  }
}
