package io.crmkit.examples.benchmarks;

import io.crmkit.scoring.transactions.ReadMode;
import io.crmkit.scoring.transactions.TransactionFormat;
import io.crmkit.scoring.transactions.TransactionReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The whole scoring job of {@link ScoringBenchmark} (parse, index, summary, RFM, Pareto + Gini + ABC,
 * pyramid) in a 400 MB heap, the memory target of the value-scoring issue: the JVM may not take
 * more, so a run that completes stayed within it. Only the CSV file is prepared, nothing else is held.
 * {@code java -jar crm-examples/target/crmkit-benchmarks.jar ScoringSmallHeap}
 *
 * <p>With G1's defaults, a heap this close to the job's live data starts a concurrent mark at
 * nearly every large allocation (about 17 a job); a host can fix the initiating occupancy instead:
 * {@code -jvmArgsAppend '-XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=85'} (figures in
 * the README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms400m", "-Xmx400m", "-XX:+AlwaysPreTouch"})
public class ScoringSmallHeapBenchmark {
  /** customers:transactions. */
  @Param({"1000000:10000000"})
  String size;

  private Path csv;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    String[] parts = size.split(":");
    csv = Files.createTempFile("crmkit-scoring-small-heap", ".csv");
    SyntheticTransactions.writeCsv(csv, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 42);
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(csv);
  }

  @Benchmark
  public Object wholeJob() {
    return ScoringBenchmark.scoreAll(
        TransactionReader.read(csv, TransactionFormat.csv(Currency.getInstance("USD")), ReadMode.STRICT).log());
  }
}
