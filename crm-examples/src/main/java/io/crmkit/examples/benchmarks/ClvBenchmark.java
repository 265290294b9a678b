package io.crmkit.examples.benchmarks;

import io.crmkit.scoring.clv.bgnbd.BgNbdModel;
import io.crmkit.scoring.clv.fit.FitOptions;
import io.crmkit.scoring.clv.history.DistinctHistories;
import io.crmkit.scoring.clv.history.PeriodUnit;
import io.crmkit.scoring.clv.history.PurchaseHistories;
import io.crmkit.scoring.clv.value.CohortScores;
import io.crmkit.scoring.clv.value.CustomerValueModel;
import io.crmkit.scoring.clv.value.DiscountedHorizon;
import io.crmkit.scoring.transactions.ReadMode;
import io.crmkit.scoring.transactions.TransactionFormat;
import io.crmkit.scoring.transactions.TransactionLog;
import io.crmkit.scoring.transactions.TransactionReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Predicted customer value. {@link Cdnow}: the BG/NBD fit on the CDNOW calibration summary (2,357
 * customers, weeks), the step scipy's Nelder-Mead takes for lifetimes (crm-examples/scripts/
 * fit_bgnbd_scipy.py fits the same likelihood for the side-by-side ratio). {@link Million}: the
 * whole job on 1M synthetic customers ({@link SyntheticTransactions#cohortLog}, about 7.0M purchases): the
 * modelling summary, the BG/NBD and Gamma-Gamma fits, and P(alive), expected purchases and the
 * discounted twelve-month CLV of every customer, one thread, in a 1 GB heap.
 * {@code java -jar crm-examples/target/crmkit-benchmarks.jar ClvBenchmark}
 */
public class ClvBenchmark {

  /** The CDNOW sample's calibration histories. */
  @State(Scope.Benchmark)
  public static class Cdnow {
    DistinctHistories histories;
    PurchaseHistories summary;
    TransactionLog log;

    @Setup(Level.Trial)
    public void read() {
      try (InputStream in = ClvBenchmark.class.getResourceAsStream("/io/crmkit/examples/tour/cdnow/CDNOW_sample.txt")) {
        log = TransactionReader.read(new InputStreamReader(in, StandardCharsets.US_ASCII), "CDNOW_sample.txt",
            TransactionFormat.cdnowSample(), ReadMode.STRICT).log();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      summary = PurchaseHistories.split(log, LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30), PeriodUnit.WEEKS);
      histories = summary.distinct();
    }
  }

  /** One million synthetic customers of a BG/NBD-like cohort over two years. */
  @State(Scope.Benchmark)
  public static class Million {
    TransactionLog log;
    LocalDate end;

    @Setup(Level.Trial)
    public void generate() {
      log = SyntheticTransactions.cohortLog(1_000_000, 42);
      int last = Integer.MIN_VALUE;
      for (int c = 0; c < log.customers(); c++) {
        last = Math.max(last, log.lastDayOf(c));
      }
      end = LocalDate.ofEpochDay(last);
    }
  }

  /** The BG/NBD fit on CDNOW's distinct calibration histories. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 5, time = 1)
  @Measurement(iterations = 5, time = 1)
  @Fork(value = 1, jvmArgs = {"-Xmx1g", "-XX:ActiveProcessorCount=1"})
  public BgNbdModel fitCdnow(Cdnow cdnow) {
    return BgNbdModel.fit(cdnow.histories, FitOptions.DEFAULT);
  }

  /** CDNOW end to end from the log: summary, both fits, every customer's CLV. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 5, time = 1)
  @Measurement(iterations = 5, time = 1)
  @Fork(value = 1, jvmArgs = {"-Xmx1g", "-XX:ActiveProcessorCount=1"})
  public CohortScores cdnowJob(Cdnow cdnow) {
    PurchaseHistories h = PurchaseHistories.calibration(cdnow.log, LocalDate.of(1998, 6, 30), PeriodUnit.WEEKS);
    CustomerValueModel model = CustomerValueModel.fit(h, twelveMonths(), FitOptions.DEFAULT);
    return model.scoreAll(h);
  }

  /** 1M customers: summary + BG/NBD and Gamma-Gamma fits + P(alive), expected purchases and CLV for all. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 5)
  @Measurement(iterations = 5)
  @Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:ActiveProcessorCount=1"})
  public CohortScores millionCustomers(Million m) {
    PurchaseHistories h = PurchaseHistories.calibration(m.log, m.end, PeriodUnit.WEEKS);
    CustomerValueModel model = CustomerValueModel.fit(h, twelveMonths(), FitOptions.DEFAULT);
    return model.scoreAll(h);
  }

  /** lifetimes' default horizon: twelve months at 1% a month, revenue (margin 1). */
  static DiscountedHorizon twelveMonths() {
    return new DiscountedHorizon(12, PeriodUnit.WEEKS.fromDays(PeriodUnit.MONTHS.days()), 0.01, 1);
  }
}
