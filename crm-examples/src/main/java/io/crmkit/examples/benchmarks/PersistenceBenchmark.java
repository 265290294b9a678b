package io.crmkit.examples.benchmarks;

import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintCause;
import io.crmkit.core.complaint.ComplaintCommand;
import io.crmkit.core.complaint.ComplaintEvent;
import io.crmkit.core.complaint.ComplaintEventCodec;
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
import io.crmkit.persistence.jdbc.JdbcStores;
import io.crmkit.persistence.Complaints;
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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Storage throughput: in-memory and H2 (file mode) save and load, H2 batched insert of 1M customers,
 * and paging through 1M stored complaint events (200,000 complaints of 5 events) in both stores.
 * One thread throughout. {@code java -jar crm-examples/target/crmkit-benchmarks.jar Persistence}
 */
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
@Threads(1)
public class PersistenceBenchmark {
  static final int STORED = 10_000;
  static final int BULK = 1_000_000;
  static final int COMPLAINTS = 200_000;

  /** A reference store holding {@value #STORED} customers. */
  @State(Scope.Thread)
  public static class InMemory {
    final InMemoryCustomers customers = new InMemoryCustomers();
    int next;

    @Setup(Level.Trial)
    public void fill() {
      for (int i = 0; i < STORED; i++) {
        customers.save(person(i));
      }
    }
  }

  /** An H2 file database holding {@value #STORED} customers. */
  @State(Scope.Thread)
  public static class H2 {
    Path dir;
    JdbcStores stores;
    int next;
    int created;

    @Setup(Level.Trial)
    public void open() throws IOException {
      dir = Files.createTempDirectory("crmkit-bench");
      stores = EmbeddedH2.open(dir.resolve("db"));
      List<Customer> batch = new ArrayList<>();
      for (int i = 0; i < STORED; i++) {
        batch.add(person(i));
      }
      stores.customers().saveAll(batch);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      stores.close();
      deleteTree(dir);
    }
  }

  /** Load then save (a version bump) of one stored customer: two operations. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 5, time = 2) // the first seconds run far slower while the JIT settles
  @Measurement(iterations = 5, time = 2)
  @OperationsPerInvocation(2)
  public Customer inMemoryLoadAndSave(InMemory s) {
    CustomerId id = id(s.next++ % STORED);
    return s.customers.save(s.customers.find(id).orElseThrow());
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 3, time = 3)
  public Optional<Customer> h2Load(H2 s) {
    return s.stores.customers().find(id(s.next++ % STORED));
  }

  /** A new customer in its own committed transaction. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 3, time = 3)
  public Customer h2SaveOne(H2 s) {
    return s.stores.customers().save(person(STORED + s.created++));
  }

  /** An empty H2 file database per iteration, and 1M new customers to store. */
  @State(Scope.Thread)
  public static class Bulk {
    final List<Customer> customers = new ArrayList<>(BULK);
    Path dir;
    JdbcStores stores;

    @Setup(Level.Trial)
    public void build() {
      for (int i = 0; i < BULK; i++) {
        customers.add(person(i));
      }
    }

    @Setup(Level.Iteration)
    public void open() throws IOException {
      dir = Files.createTempDirectory("crmkit-bulk");
      stores = EmbeddedH2.open(dir.resolve("db"));
    }

    @TearDown(Level.Iteration)
    public void close() throws IOException {
      stores.close();
      deleteTree(dir);
    }
  }

  /** 1M customers through saveAll in batches of 1,000 (one transaction each). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public int h2BatchedInsertOfOneMillion(Bulk s) {
    int stored = 0;
    for (int from = 0; from < BULK; from += 1_000) {
      stored += s.stores.customers().saveAll(s.customers.subList(from, from + 1_000)).size();
    }
    return stored;
  }

  /** 200,000 complaints of 5 events (1M events) in memory and in an H2 file. */
  @State(Scope.Benchmark)
  public static class Histories {
    final InMemoryComplaints memory = new InMemoryComplaints();
    Path dir;
    JdbcStores stores;

    @Setup(Level.Trial)
    public void fill() throws IOException {
      dir = Files.createTempDirectory("crmkit-paging");
      stores = EmbeddedH2.open(dir.resolve("db"));
      List<Complaint> complaints = new ArrayList<>(COMPLAINTS);
      Complaint template = complaint("CMP-0000000");
      for (int i = 0; i < COMPLAINTS; i++) {
        Complaint c = Complaint.replay(ComplaintId.of(String.format("CMP-%07d", i)), template.history());
        complaints.add(c);
        memory.save(c, 0);
      }
      loadHistories(stores, complaints);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      stores.close();
      deleteTree(dir);
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public long h2PageThroughOneMillionEvents(Histories s) {
    return events(s.stores.complaints());
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public long inMemoryPageThroughOneMillionEvents(Histories s) {
    return events(s.memory);
  }

  /**
   * Bulk-loads complaint histories with plain SQL in the adapter's layout: appending 200,000 histories
   * one by one would measure the loader, not paging.
   */
  static void loadHistories(JdbcStores stores, List<Complaint> complaints) {
    stores.query("load histories", c -> {
      try (PreparedStatement complaint = c.prepareStatement(
              "INSERT INTO crmkit_complaint (id, complainant_id, event_count) VALUES (?, ?, ?)");
          PreparedStatement event = c.prepareStatement("INSERT INTO crmkit_complaint_event "
              + "(complaint_id, seq, step, occurred_at, to_state, record) VALUES (?, ?, ?, ?, ?, ?)")) {
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
