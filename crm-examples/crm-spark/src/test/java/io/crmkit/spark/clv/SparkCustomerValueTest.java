package io.crmkit.spark.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.scoring.clv.bgnbd.BgNbdParameters;
import io.crmkit.scoring.clv.fit.FitOptions;
import io.crmkit.scoring.clv.gammagamma.GammaGammaParameters;
import io.crmkit.scoring.clv.history.PeriodUnit;
import io.crmkit.scoring.clv.history.PurchaseHistories;
import io.crmkit.scoring.clv.value.CohortScores;
import io.crmkit.scoring.clv.value.CustomerValueModel;
import io.crmkit.scoring.clv.value.DiscountedHorizon;
import io.crmkit.scoring.transactions.TransactionLog;
import io.crmkit.scoring.transactions.ReadOptions;
import io.crmkit.spark.BadRowReason;
import io.crmkit.spark.LocalSpark;
import io.crmkit.spark.SparkRead;
import io.crmkit.spark.SparkTransactions;
import io.crmkit.spark.TransactionColumns;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Predicted customer value on a local Spark session equals crm-scoring's one-machine figures on
 * the same transactions: the BG/NBD parameters exactly (the same distinct histories reach the
 * fitter), the Gamma-Gamma's within one part in a billion, every customer's P(alive), expected
 * purchases and expected spend within one part in a billion and CLV to the cent; for 1, 2 and 7
 * partitions, on CDNOW and on a generated cohort skewed onto one heavy buyer.
 */
class SparkCustomerValueTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final DiscountedHorizon TWELVE_MONTHS =
      new DiscountedHorizon(12, PeriodUnit.WEEKS.fromDays(PeriodUnit.MONTHS.days()), 0.01, 1);
  private static final StructType INPUT = new StructType().add("customer_id", DataTypes.StringType)
      .add("day", DataTypes.IntegerType).add("amount", DataTypes.createDecimalType(18, 2));

  static SparkSession spark;
  static TransactionLog cdnow;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
    cdnow = SparkCustomerValueTestData.cdnow();
  }

  /** The log's rows as a transaction Dataset (id, date, decimal amount) in {@code partitions} partitions. */
  static Dataset<Row> transactions(TransactionLog log, int partitions) {
    SparkSession spark = LocalSpark.session();
    List<Row> rows = new ArrayList<>(log.size());
    for (int row = 0; row < log.size(); row++) {
      rows.add(RowFactory.create(log.customerId(log.customerAt(row)), log.dayAt(row),
          BigDecimal.valueOf(log.amountAt(row), 2)));
    }
    return spark.createDataFrame(rows, INPUT).repartition(partitions)
        .withColumn("date", functions.expr("date_from_unix_date(day)")).drop("day");
  }

  /** Runs the Spark job and the one-machine job on {@code log} and compares every figure. */
  private static void sameAsOneMachine(TransactionLog log, int partitions) {
    int last = Integer.MIN_VALUE;
    for (int c = 0; c < log.customers(); c++) {
      last = Math.max(last, log.lastDayOf(c));
    }
    LocalDate end = LocalDate.ofEpochDay(last);
    PurchaseHistories local = PurchaseHistories.calibration(log, end, PeriodUnit.WEEKS);
    CustomerValueModel localModel = CustomerValueModel.fit(local, TWELVE_MONTHS, FitOptions.DEFAULT);
    CohortScores localScores = localModel.scoreAll(local);

    CalibrationHistories histories = SparkCustomerValue.histories(transactions(log, partitions),
        TransactionColumns.of(USD));
    try {
      assertThat(histories.rows().rdd().getNumPartitions()).isEqualTo(partitions);
      assertThat(histories.calibrationEnd()).isEqualTo(end);
      CustomerValueFit fit = SparkCustomerValue.fit(histories, PeriodUnit.WEEKS, TWELVE_MONTHS, FitOptions.DEFAULT);
      // what reached the driver: the distinct histories (the same as on one machine), not the customers
      assertThat(fit.histories()).isEqualTo(local.distinct());
      assertThat(fit.customers()).isEqualTo((long) local.customers());
      BgNbdParameters bg = fit.purchases().parameters();
      assertThat(bg).isEqualTo(localModel.purchases().parameters());
      GammaGammaParameters gg = fit.spendModel().parameters();
      GammaGammaParameters ggLocal = localModel.spend().parameters();
      assertThat(gg.p()).isCloseTo(ggLocal.p(), within(1e-9 * ggLocal.p()));
      assertThat(gg.q()).isCloseTo(ggLocal.q(), within(1e-9 * ggLocal.q()));
      assertThat(gg.v()).isCloseTo(ggLocal.v(), within(1e-9 * ggLocal.v()));
      assertThat(fit.spendModel().frequencyValueCorrelation())
          .isCloseTo(localModel.spend().frequencyValueCorrelation(), within(1e-9));
      assertThat(fit.spend().buyers() + fit.spend().withoutRepeatPurchase() + fit.spend().withZeroValue())
          .isEqualTo((long) local.customers());

      Map<String, Row> scored = new HashMap<>();
      for (Row r : SparkCustomerValue.score(histories, fit.model()).collectAsList()) {
        scored.put(r.getString(0), r);
      }
      assertThat(scored).hasSize(local.customers());
      for (int i = 0; i < local.customers(); i++) {
        Row r = scored.get(local.customerId(i));
        assertThat(r.getInt(1)).isEqualTo(local.frequency(i));
        assertThat(r.getInt(2)).isEqualTo(local.recencyDays(i));
        assertThat(r.getInt(3)).isEqualTo(local.ageDays(i));
        assertThat(r.getDouble(4)).isEqualTo(localScores.probabilityAlive(i));
        assertThat(r.getDouble(5)).isEqualTo(localScores.expectedPurchases(i));
        assertThat(r.getDouble(6)).isCloseTo(localScores.expectedAverageValue(i),
            within(1e-9 * localScores.expectedAverageValue(i)));
        assertThat(r.getDecimal(7)).isCloseTo(localScores.value(i).amount(), within(new BigDecimal("0.01")));
      }
    } finally {
      histories.release();
    }
  }

  @Test
  void onCdnowInOnePartitionTheSparkFitAndScoresAreTheOneMachineOnes() {
    sameAsOneMachine(cdnow, 1);
  }

  @Test
  void onCdnowInTwoPartitionsTheSparkFitAndScoresAreTheOneMachineOnes() {
    sameAsOneMachine(cdnow, 2);
  }

  @Test
  void onCdnowInSevenPartitionsTheSparkFitAndScoresAreTheOneMachineOnes() {
    sameAsOneMachine(cdnow, 7);
  }

  @Test
  void onACohortSkewedOntoOneHeavyBuyerTheSparkFiguresAreTheOneMachineOnes() {
    sameAsOneMachine(skewedCohort(1_000, 11), 7);
  }

  @Test
  void rowsWithoutAnAmountOrWithANegativeOneAreRefusedWithTheirCountsPerReason() {
    List<Row> rows = List.of(RowFactory.create("a", 20_000, new BigDecimal("10.00")),
        RowFactory.create("b", 20_001, new BigDecimal("-5.00")), RowFactory.create("c", 20_002, null),
        RowFactory.create("d", 20_003, new BigDecimal("1.25")));
    Dataset<Row> bad = spark.createDataFrame(rows, INPUT).withColumn("date", functions.expr("date_from_unix_date(day)"))
        .drop("day");
    assertThatThrownBy(() -> SparkCustomerValue.histories(bad, TransactionColumns.of(USD)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("2 of 4 rows")
        .hasMessageContaining("1 without an amount")
        .hasMessageContaining("1 negative");
  }

  @Test
  void readThroughTheSharedReaderBadRowsAreLeftOutPerReasonAndTheFitIsTheCleanDatasOne() {
    PurchaseHistories local = PurchaseHistories.calibration(cdnow, LocalDate.of(1998, 6, 30), PeriodUnit.WEEKS);
    List<Row> bad = List.of(RowFactory.create(null, 10_000, new BigDecimal("10.00")),
        RowFactory.create("00001", 10_001, new BigDecimal("-5.00")));
    Dataset<Row> withBad = transactions(cdnow, 2).unionByName(spark.createDataFrame(bad, INPUT)
        .withColumn("date", functions.expr("date_from_unix_date(day)")).drop("day"));
    try (SparkRead read = SparkTransactions.read(withBad, "cdnow+2", TransactionColumns.of(USD), ReadOptions.DEFAULT)) {
      assertThat(read.report().skipped(BadRowReason.BLANK_CUSTOMER_ID)).isEqualTo(1);
      assertThat(read.report().skipped(BadRowReason.NEGATIVE_AMOUNT)).isEqualTo(1);
      CalibrationHistories histories = SparkCustomerValue.histories(read, TransactionColumns.of(USD),
          LocalDate.of(1998, 6, 30));
      try {
        assertThat(SparkCustomerValue.fit(histories, PeriodUnit.WEEKS, TWELVE_MONTHS, FitOptions.DEFAULT).histories())
            .isEqualTo(local.distinct());
      } finally {
        histories.release();
      }
    }
  }

  @Test
  void aCalibrationEndBeforeAPurchaseIsRefusedAsOnOneMachine() {
    assertThatThrownBy(() -> SparkCustomerValue.histories(transactions(cdnow, 2), TransactionColumns.of(USD),
        LocalDate.of(1997, 9, 30))).isInstanceOf(InvalidValueException.class).hasMessageContaining("calibrationEnd");
  }

  /**
   * A BG/NBD-like cohort over two years (gamma purchase rates, beta drop-out, log-normal amounts,
   * several purchases on some days) and one heavy buyer with a purchase on most days: most rows
   * belong to one customer, so one partition holds most of the work.
   */
  static TransactionLog skewedCohort(int customers, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    TransactionLog.Builder b = TransactionLog.builder(USD);
    int firstDay = (int) LocalDate.of(2024, 1, 1).toEpochDay();
    for (int c = 0; c < customers; c++) {
      String id = "c" + c;
      double rate = gamma(random, 0.6) / 15;
      double g = gamma(random, 0.8);
      double dropout = g / (g + gamma(random, 3));
      double t = random.nextInt(60);
      b.addMinor(id, firstDay + (int) t, cents(random));
      while (true) {
        t += -Math.log(1 - random.nextDouble()) / rate;
        if (t >= 730) {
          break;
        }
        b.addMinor(id, firstDay + (int) t, cents(random));
        if (random.nextInt(4) == 0) {
          b.addMinor(id, firstDay + (int) t, cents(random)); // a second purchase the same day
        }
        if (random.nextDouble() < dropout) {
          break;
        }
      }
    }
    for (int d = 0; d < 730; d++) {
      for (int k = 0; k < 1 + random.nextInt(4); k++) {
        b.addMinor("heavy", firstDay + d, cents(random));
      }
    }
    return b.build();
  }

  private static long cents(SplittableRandom random) {
    return Math.max(1, Math.round(Math.exp(3.5 + random.nextGaussian()) * 100));
  }

  /** Gamma(shape, 1) by Marsaglia and Tsang. */
  private static double gamma(SplittableRandom random, double shape) {
    if (shape < 1) {
      return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double z;
      double v;
      do {
        z = random.nextGaussian();
        v = 1 + c * z;
      } while (v <= 0);
      v = v * v * v;
      double u = 1 - random.nextDouble();
      if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }
}
