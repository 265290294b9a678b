package io.crmkit.spark.clv;

import io.crmkit.scoring.clv.fit.FitOptions;
import io.crmkit.scoring.clv.history.PeriodUnit;
import io.crmkit.scoring.clv.value.DiscountedHorizon;
import io.crmkit.spark.TransactionColumns;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A timed run (not a unit test: nothing is asserted; the figures go to the benchmarks document) of
 * the whole predicted-value job on Spark: read a {@code customer_id,date,amount} CSV, compute every
 * customer's calibration history, fit the BG/NBD and the Gamma-Gamma, score every customer and
 * write the scores as Parquet. Prints the time of each step, the distinct histories and the other
 * partials that reached the driver, and the JVM's peak heap (sampled every 20 ms; in local mode the
 * executors run in the driver's JVM, so this bounds the driver's own share from above).
 *
 * <pre>
 * java -Xmx2g [Spark's --add-opens flags] -cp CLASSPATH io.crmkit.spark.clv.SparkClvBenchmark FILE.csv
 *     [--master local[2]] [--partitions N] [--out DIR] [--passes 2]
 * </pre>
 */
public final class SparkClvBenchmark {
  private SparkClvBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    String master = "local[2]";
    int passes = 2;
    Path out = Files.createTempDirectory("crmkit-spark-clv");
    Integer partitions = null;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--master" -> master = args[++i];
        case "--passes" -> passes = Integer.parseInt(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--partitions" -> partitions = Integer.valueOf(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AtomicLong peak = new AtomicLong();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    long started = System.nanoTime();
    SparkSession spark = SparkSession.builder().appName("crmkit-clv-benchmark").master(master)
        .config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    System.out.printf(Locale.ROOT, "session started in %.1f s; %s, max heap %d MB, %d processors%n",
        (System.nanoTime() - started) / 1e9, master, Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors());
    StructType schema = new StructType().add("customer_id", DataTypes.StringType)
        .add("date", DataTypes.DateType).add("amount", DataTypes.createDecimalType(18, 2));
    DiscountedHorizon twelveMonths = new DiscountedHorizon(12, PeriodUnit.WEEKS.fromDays(PeriodUnit.MONTHS.days()),
        0.01, 1);
    for (int pass = 1; pass <= passes; pass++) {
      peak.set(0);
      long t0 = System.nanoTime();
      Dataset<Row> transactions = spark.read().option("header", "true").schema(schema).csv(file.toString());
      if (partitions != null) {
        transactions = transactions.repartition(partitions);
      }
      CalibrationHistories histories = SparkCustomerValue.histories(transactions,
          TransactionColumns.of(Currency.getInstance("USD")));
      long customers = histories.rows().count();
      long t1 = System.nanoTime();
      CustomerValueFit fit = SparkCustomerValue.fit(histories, PeriodUnit.WEEKS, twelveMonths, FitOptions.DEFAULT);
      long t2 = System.nanoTime();
      Path scores = out.resolve("scores-" + pass + ".parquet");
      SparkCustomerValue.score(histories, fit.model()).write().mode("overwrite").parquet(scores.toString());
      long t3 = System.nanoTime();
      histories.release();
      System.out.printf(Locale.ROOT, "pass %d: the partials that reached the driver, serialized: distinct histories "
          + "%,d bytes, spend statistics %,d bytes%n", pass, serializedSize(fit.histories()),
          serializedSize(fit.spend()));
      System.out.printf(Locale.ROOT, "pass %d: %s, %,d customers (%d partitions): histories %.1f s, fit %.1f s "
          + "(BG/NBD %s; Gamma-Gamma %s, %d evaluations on the cluster), score + write Parquet %.1f s, whole job "
          + "%.1f s; reached the driver: %,d distinct histories, %d spend frequencies, a search sample of at most "
          + "%,d buyers; peak heap %d MB%n", pass, file.getFileName(), customers,
          histories.rows().rdd().getNumPartitions(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, fit.purchases().parameters(),
          fit.spendModel().parameters(), fit.spendEvaluations(), (t3 - t2) / 1e9, (t3 - t0) / 1e9,
          fit.histories().size(), fit.spend().frequencies(), io.crmkit.scoring.clv.gammagamma.GammaGammaModel.SEARCH_SAMPLE,
          peak.get() >> 20);
    }
    spark.stop();
    sampler.interrupt();
  }

  private static long serializedSize(java.io.Serializable value) throws java.io.IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.size();
  }
}
