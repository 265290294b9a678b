package io.crmkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.scoring.pareto.AbcClass;
import io.crmkit.scoring.transactions.ReadOptions;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide's Spark snippet (GUIDE.md, "Value scoring and CLV on Spark"), as it is printed there: a host's own column names, a
 * Parquet log in, Parquet scores out, the base-wide figures as crm-scoring's value types. It lives in
 * this module, since crm-examples does not carry Spark.
 */
class ReadmeSparkSnippetsTest {
  @TempDir
  Path dir;

  @Test
  void theReadmeSnippetScoresAParquetLogWithTheHostsColumnNames() {
    SparkSession spark = LocalSpark.session();
    String ordersPath = dir.resolve("orders.parquet").toString();
    String scoresPath = dir.resolve("scores").toString();
    StructType schema = new StructType().add("client", DataTypes.StringType).add("order_date", DataTypes.DateType)
        .add("total", DataTypes.createDecimalType(12, 2));
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      rows.add(RowFactory.create("client-" + (i % 60), java.sql.Date.valueOf(LocalDate.of(2025, 6, 1).plusDays(i % 200)),
          BigDecimal.valueOf(100 + (i * 37L) % 9_000, 2)));
    }
    spark.createDataFrame(rows, schema).write().parquet(ordersPath);

    // README: begin
    Dataset<Row> orders = spark.read().parquet(ordersPath);
    TransactionColumns columns = TransactionColumns.of(Currency.getInstance("EUR"))
        .withNames("client", "order_date", "total");
    try (SparkRead read = SparkTransactions.read(orders, ordersPath, columns, ReadOptions.DEFAULT)) {
      Dataset<Row> summaries = SparkValueScoring.summaries(read, columns);
      try (ScoredBase scored = SparkValueScoring.score(summaries, LocalDate.of(2026, 3, 1), ScoringOptions.DEFAULT)) {
        scored.customers().write().parquet(scoresPath); // one row per customer: R, F, M, segment, ABC, tier
        BaseFigures figures = scored.figures();         // bounded: cut values and counts, never the customers
        System.out.println(figures.split().describe());
        System.out.println(figures.abcCounts() + " " + figures.pyramidCounts() + " " + figures.segmentSizes());
        // README: end
        assertThat(read.report().report().rowsKept()).isEqualTo(500);
        assertThat(figures.split().customers()).isEqualTo(60);
        assertThat(figures.abcCounts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(60);
        assertThat(figures.abcCounts().get(AbcClass.A)).isPositive();
        assertThat(spark.read().parquet(scoresPath).count()).isEqualTo(60);
      }
    }
  }

  @Test
  void theGuideShowsTheSnippetVerbatim() throws IOException {
    assertThat(DocumentedSnippets.assertShownVerbatim("io/crmkit/spark/ReadmeSparkSnippetsTest.java")).isEqualTo(1);
  }
}
