package io.crmkit.examples.benchmarks;

import io.crmkit.scoring.transactions.ReadMode;
import io.crmkit.scoring.transactions.TransactionFormat;
import io.crmkit.scoring.transactions.TransactionLog;
import io.crmkit.scoring.transactions.TransactionReader;
import io.crmkit.scoring.pareto.AbcPolicy;
import io.crmkit.scoring.pareto.ParetoAnalysis;
import io.crmkit.scoring.pyramid.CustomerPyramid;
import io.crmkit.scoring.pyramid.PyramidPolicy;
import io.crmkit.scoring.rfm.RfmAnalysis;
import io.crmkit.scoring.rfm.RfmSegment;
import io.crmkit.scoring.summary.CustomerSummaries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Value scoring on synthetic logs (see {@link SyntheticTransactions}): CSV parsing (which maps ids
 * to indexes and gathers each customer's figures as it reads), id-to-index mapping on its own (as a
 * host building a log in memory does it), per-customer summary, RFM quintile scoring, Pareto with
 * Gini and ABC and the pyramid, the scoring step (all three after the summary), and the whole job.
 * {@code java -jar crm-examples/target/crmkit-benchmarks.jar ScoringBenchmark}; the whole job in a
 * 400 MB heap is {@link ScoringSmallHeapBenchmark}. Single shots, each after ten warm-up passes: a
 * single pass over a large log after only a few is still partly interpreted, and measures the JIT.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
public class ScoringBenchmark {
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

  /** customers:transactions. */
  @Param({"100000:1000000", "1000000:10000000"})
  String size;

  private Path csv;
  private TransactionLog log;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    String[] parts = size.split(":");
    int customers = Integer.parseInt(parts[0]);
    int transactions = Integer.parseInt(parts[1]);
    csv = Files.createTempFile("crmkit-scoring-" + customers, ".csv");
    SyntheticTransactions.writeCsv(csv, customers, transactions, 42);
    log = SyntheticTransactions.log(customers, transactions, 42);
  }

  /**
   * The input of {@link #indexIds}: the log's distinct customer ids as strings, and each row's
   * customer; held only in that benchmark's fork, so the others run in the heap they always had.
   */
  @State(Scope.Benchmark)
  public static class RowIds {
    String[] ids;
    int[] rowCustomers;

    @Setup(Level.Trial)
    public void collect(ScoringBenchmark b) {
      ids = new String[b.log.customers()];
      for (int c = 0; c < ids.length; c++) {
        ids[c] = b.log.customerId(c);
      }
      rowCustomers = new int[b.log.size()];
      for (int row = 0; row < rowCustomers.length; row++) {
        rowCustomers[row] = b.log.customerAt(row);
      }
    }
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(csv);
  }

  @Benchmark
  public TransactionLog parseCsv() {
    return TransactionReader.read(csv, TransactionFormat.csv(Currency.getInstance("USD")), ReadMode.STRICT).log();
  }

  /**
   * Id-to-index mapping as {@link TransactionLog.Builder#customer} does it for a host that builds a
   * log in memory: every row's id (a string) to its customer's dense index, new ids registered in
   * order of first appearance. The CSV reader maps ids its own way while it parses (by their bytes,
   * with no string per row), so its share is inside {@link #parseCsv}.
   */
  @Benchmark
  public long indexIds(RowIds rows) {
    TransactionLog.Builder builder = TransactionLog.builder(Currency.getInstance("USD"));
    long sum = 0;
    for (int c : rows.rowCustomers) {
      sum += builder.customer(rows.ids[c]);
    }
    return sum;
  }

  /** The summary of a log: a copy of the figures the log gathered while it was read or built. */
  @Benchmark
  public CustomerSummaries summarize() {
    return CustomerSummaries.of(log);
  }

  /** Summaries made fresh for each call of {@link #rankAndSegment}, so their sorted totals are not reused. */
  @State(Scope.Thread)
  public static class Summarized {
    CustomerSummaries summaries;

    @Setup(Level.Invocation)
    public void summarize(ScoringBenchmark b) {
      summaries = CustomerSummaries.of(b.log);
    }
  }

  /**
   * The scoring after the summary: RFM quintiles and segments, Pareto + Gini + ABC, pyramid (one
   * sort of the totals).
   */
  @Benchmark
  public Object rankAndSegment(Summarized s) {
    return rank(log, s.summaries);
  }

  /** RFM on its own: recency, frequency and monetary quintile scores, and the default segments. */
  @Benchmark
  public Object rfm(Summarized s) {
    return rfmSegments(log, s.summaries);
  }

  /** Pareto with the Gini coefficient and ABC classes, and the pyramid, on their own (one sort of the totals). */
  @Benchmark
  public Object paretoGiniPyramid(Summarized s) {
    return paretoAndPyramid(s.summaries);
  }

  /** The scoring step after parsing: summary, RFM, Pareto + Gini + ABC, pyramid. */
  @Benchmark
  public Object score() {
    return scoreAll(log);
  }

  /** Parse + index + summary + scores + Pareto + pyramid. */
  @Benchmark
  public Object wholeJob() {
    return scoreAll(parseCsv());
  }

  static Object[] scoreAll(TransactionLog log) {
    return rank(log, CustomerSummaries.of(log));
  }

  static Object[] rank(TransactionLog log, CustomerSummaries s) {
    return new Object[] {rfmSegments(log, s), paretoAndPyramid(s)};
  }

  /** RFM's quintile scores and the default segments' sizes. */
  private static Object rfmSegments(TransactionLog log, CustomerSummaries s) {
    return RfmAnalysis.of(log, s, AS_OF, RfmSegment.DEFAULTS).segmentSizes();
  }

  /** Gini, ABC class counts and pyramid tier counts (one sort of the totals, shared). */
  private static Object[] paretoAndPyramid(CustomerSummaries s) {
    ParetoAnalysis pareto = ParetoAnalysis.of(s);
    return new Object[] {pareto.gini(), pareto.classCounts(AbcPolicy.DEFAULT),
        CustomerPyramid.of(s, PyramidPolicy.DEFAULT).counts()};
  }
}
