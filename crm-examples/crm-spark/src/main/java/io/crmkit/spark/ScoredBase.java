package io.crmkit.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A customer base scored on Spark: one row per customer (to write as Parquet or to a table) and the
 * base-wide figures. {@link #close()} releases the cached summaries behind the rows.
 *
 * @param customers one row per customer, columns as {@link SparkValueScoring#score} lists them
 * @param figures the base-wide results
 * @param cached the cached summaries the rows are computed from
 */
public record ScoredBase(Dataset<Row> customers, BaseFigures figures, Dataset<Row> cached) implements AutoCloseable {
  /** Releases the cached summaries. */
  @Override
  public void close() {
    cached.unpersist();
  }
}
