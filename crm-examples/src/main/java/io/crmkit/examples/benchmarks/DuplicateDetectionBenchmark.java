package io.crmkit.examples.benchmarks;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.identify.DuplicateDetector;
import io.crmkit.core.identify.DuplicateReport;
import io.crmkit.core.identify.IdentityNormalizer;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Duplicate detection (Identify) over a synthetic base with 5% planted duplicates: normalization of
 * every email, phone and name, blocking, pairing and scoring, one whole pass per operation.
 *
 * <p>{@code java -jar crm-examples/target/crmkit-benchmarks.jar DuplicateDetection}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g"})
public class DuplicateDetectionBenchmark {

  @Param({"100000", "1000000"})
  int customers;

  private List<Customer> base;
  private DuplicateDetector detector;

  @Setup(Level.Trial)
  public void generate() {
    base = SyntheticCustomers.generate(customers, 0.05, 42).customers();
    detector = DuplicateDetector.using(IdentityNormalizer.forCountryCode("86"));
  }

  @Benchmark
  public DuplicateReport detect() {
    return detector.detect(base);
  }
}
