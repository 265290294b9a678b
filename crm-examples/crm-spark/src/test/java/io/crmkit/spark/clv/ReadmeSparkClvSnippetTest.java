package io.crmkit.spark.clv;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.scoring.clv.bgnbd.BgNbdParameters;
import io.crmkit.scoring.clv.fit.FitOptions;
import io.crmkit.scoring.clv.history.PeriodUnit;
import io.crmkit.scoring.clv.value.DiscountedHorizon;
import io.crmkit.spark.DocumentedSnippets;
import io.crmkit.spark.LocalSpark;
import io.crmkit.spark.TransactionColumns;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Currency;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snippet of the guide's "Value scoring and CLV on Spark" section ("Predicted customer value"),
 * compiled and checked (it lives here, not in crm-examples, because crm-examples does not carry
 * Spark).
 */
class ReadmeSparkClvSnippetTest {

  @Test
  void fitAndScoreACustomerBaseOnSpark(@TempDir Path dir) {
    SparkSession spark = LocalSpark.session();
    Dataset<Row> orders = SparkCustomerValueTest.transactions(SparkCustomerValueTestData.cdnow(), 2);
    String scoresPath = dir.resolve("scores.parquet").toString();
    // --- snippet: spark-clv ---
    // orders: customer_id (text), date (date), amount (decimal, USD)
    CalibrationHistories histories = SparkCustomerValue.histories(orders, TransactionColumns.of(Currency.getInstance("USD")));
    CustomerValueFit fit = SparkCustomerValue.fit(histories, PeriodUnit.WEEKS,
        new DiscountedHorizon(12, PeriodUnit.WEEKS.fromDays(PeriodUnit.MONTHS.days()), 0.01, 1), FitOptions.DEFAULT);
    BgNbdParameters p = fit.purchases().parameters();      // fitted on the driver, on distinct histories only
    SparkCustomerValue.score(histories, fit.model())       // p_alive, expected_purchases, clv per customer
        .write().parquet(scoresPath);
    histories.release();
    // --- end ---
    assertThat(spark.read().parquet(scoresPath).count()).isEqualTo(2357L);
    assertThat(p.r()).isPositive();
    assertThat(fit.customers()).isEqualTo(2357L);
  }

  @Test
  void theGuideShowsTheSnippetVerbatim() throws IOException {
    assertThat(DocumentedSnippets.assertShownVerbatim("io/crmkit/spark/clv/ReadmeSparkClvSnippetTest.java")).isEqualTo(1);
  }
}
