package io.crmkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.scoring.transactions.ReadMode;
import io.crmkit.scoring.transactions.ReadOptions;
import io.crmkit.scoring.transactions.ReadResult;
import io.crmkit.scoring.transactions.TransactionFormat;
import io.crmkit.scoring.transactions.TransactionLog;
import io.crmkit.scoring.transactions.TransactionReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Value scoring on Spark gives crm-scoring's single-machine results on the same data: on the real
 * CDNOW log and on generated bases, for 1, 2 and 7 partitions, and when one customer holds most of
 * the rows (the skew a real base has: a reseller among consumers).
 */
class DistributedScoringTest {
  static final Currency USD = Currency.getInstance("USD");
  static final TransactionColumns COLUMNS = TransactionColumns.of(USD);
  static final StructType SCHEMA = new StructType()
      .add("customer_id", DataTypes.StringType)
      .add("date", DataTypes.DateType)
      .add("amount", DataTypes.createDecimalType(12, 2));

  /** A generated base: ids, days and amounts (cents) drawn from a seed; {@code skew} of the rows go to one customer. */
  record Base(List<String> ids, List<LocalDate> dates, List<BigDecimal> amounts) {
    static Base generate(long seed, int customers, int rows, double skew) {
      Random random = new Random(seed);
      List<String> ids = new ArrayList<>();
      List<LocalDate> dates = new ArrayList<>();
      List<BigDecimal> amounts = new ArrayList<>();
      LocalDate start = LocalDate.of(2024, 1, 1);
      for (int i = 0; i < rows; i++) {
        int c = random.nextDouble() < skew ? 0 : random.nextInt(customers);
        ids.add("c" + c);
        dates.add(start.plusDays(random.nextInt(400)));
        // many equal amounts (ties in every ranking) and a long tail
        long cents = random.nextInt(4) == 0 ? 1_000 : (long) (Math.exp(random.nextDouble() * 9));
        amounts.add(BigDecimal.valueOf(cents, 2));
      }
      return new Base(ids, dates, amounts);
    }

    Dataset<Row> dataset(SparkSession spark, int partitions) {
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        rows.add(RowFactory.create(ids.get(i), java.sql.Date.valueOf(dates.get(i)), amounts.get(i)));
      }
      return spark.createDataFrame(rows, SCHEMA).repartition(partitions);
    }

    TransactionLog log() {
      TransactionLog.Builder log = TransactionLog.builder(USD);
      for (int i = 0; i < ids.size(); i++) {
        log.add(ids.get(i), dates.get(i), amounts.get(i));
      }
      return log.build();
    }
  }

  static ScoredBase scoreOnSpark(Dataset<Row> rows, TransactionColumns columns, LocalDate asOf) {
    SparkRead read = SparkTransactions.read(rows, "test base", columns, ReadOptions.DEFAULT);
    // every ranking keeps the shuffle's two partitions (a base this small would otherwise sort into one)
    return SparkValueScoring.score(SparkValueScoring.summaries(read, columns), asOf, ScoringOptions.DEFAULT, 1);
  }

  @ParameterizedTest(name = "{0} partitions")
  @ValueSource(ints = {1, 2, 7})
  void aGeneratedBaseScoresAsOnOneMachineWhateverThePartitioning(int partitions) {
    Base base = Base.generate(42, 400, 3_000, 0);
    LocalDate asOf = LocalDate.of(2025, 3, 1);
    try (ScoredBase scored = scoreOnSpark(base.dataset(LocalSpark.session(), partitions), COLUMNS, asOf)) {
      SingleMachine.assertSameScores(scored, base.log(), asOf, ScoringOptions.DEFAULT);
    }
  }

  @Test
  void aBaseSkewedOntoOneCustomerScoresAsOnOneMachine() {
    Base base = Base.generate(7, 300, 4_000, 0.6);
    LocalDate asOf = LocalDate.of(2025, 3, 1);
    try (ScoredBase scored = scoreOnSpark(base.dataset(LocalSpark.session(), 7), COLUMNS, asOf)) {
      SingleMachine.assertSameScores(scored, base.log(), asOf, ScoringOptions.DEFAULT);
      Row heavy = scored.customers().filter("customer_id = 'c0'").first();
      assertThat((long) heavy.getAs(SparkValueScoring.PURCHASES)).isGreaterThan(2_000);
      assertThat((String) heavy.getAs(SparkValueScoring.TIER)).isEqualTo("KEY");
    }
  }

  @Test
  void theCdnowLogScoresAsOnOneMachine() {
    Path master = Path.of(System.getProperty("cdnow.master"));
    ReadResult single = TransactionReader.read(master, TransactionFormat.cdnowMaster(), ReadMode.STRICT);
    SparkSession spark = LocalSpark.session();
    Dataset<Row> text = spark.read().text(master.toString());
    Dataset<Row> fields = text.selectExpr("split(trim(value), '[ \\t]+') AS f").filter("f[0] != 'customer_id'")
        .selectExpr("f[0] AS customer_id", "f[1] AS date", "f[3] AS amount").repartition(2);
    TransactionColumns cdnow = COLUMNS.withDatePattern("uuuuMMdd");
    LocalDate asOf = LocalDate.of(1998, 7, 1);
    try (ScoredBase scored = scoreOnSpark(fields, cdnow, asOf)) {
      assertThat(scored.figures().split().customers()).isEqualTo(23_570);
      SingleMachine.assertSameScores(scored, single.log(), asOf, ScoringOptions.DEFAULT);
    }
  }
}
