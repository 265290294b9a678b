package io.crmkit.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.persistence.contract.ContractFixtures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 at random moments, on an H2 file and on a PostgreSQL server: a child JVM
 * ({@link CrashingWriter}) saves customers and complaint events and acknowledges each save after it returned; the test kills it without
 * warning ({@code Process.destroyForcibly}) several times. After each kill, every acknowledged save
 * reads back whole, and no stored aggregate is partial: no customer with a fact missing, no complaint
 * whose event count disagrees with its event rows or whose history does not replay.
 */
class CrashSafetyTest {
  private static final int KILLS = 5;
  /**
   * Acknowledgements the child gives before the random wait that ends in the kill: on a busy machine
   * a cold JVM may not finish its first save within the wait, and a round without saves tests nothing.
   */
  private static final int WRITING = 3;

  @TempDir
  Path dir;

  @Test
  void onAnH2FileEveryAcknowledgedSaveSurvivesAKillAndNothingIsTorn() throws Exception {
    Path file = dir.resolve("crash");
    drill(new String[] {"h2", file.toString()}, () -> H2Files.open(file));
  }

  @Test
  void onPostgreSqlEveryAcknowledgedSaveSurvivesAKillOfTheWriterAndNothingIsTorn() throws Exception {
    javax.sql.DataSource database = PostgresServer.database("crmkit_crash");
    drill(new String[] {"postgresql", PostgresServer.jdbcUrl("crmkit_crash")}, () -> JdbcStores.on(database));
  }

  /** Starts, kills and checks the writer {@link #KILLS} times against the database {@code target} names. */
  private void drill(String[] target, java.util.function.Supplier<JdbcStores> reopen) throws Exception {
    Map<String, Long> customerAcks = new ConcurrentHashMap<>();
    Map<String, Integer> complaintAcks = new ConcurrentHashMap<>();
    Random random = new Random(20261123L);
    int acknowledged = 0;
    for (int round = 0; round < KILLS; round++) {
      Process child = start(target, round);
      CountDownLatch writing = new CountDownLatch(WRITING);
      List<String> lines = new ArrayList<>();
      Thread reader = new Thread(() -> readAcks(child, writing, lines, customerAcks, complaintAcks));
      reader.start();
      assertThat(writing.await(60, TimeUnit.SECONDS)).as("child %d is writing", round).isTrue();
      Thread.sleep(300 + random.nextInt(900));
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      reader.join(10_000);
      assertThat(lines).as("round %d acknowledged saves", round).isNotEmpty();
      acknowledged += lines.size();

      try (JdbcStores stores = reopen.get()) {
        checkAcknowledgedSavesSurvived(stores, customerAcks, complaintAcks);
        checkNothingIsTorn(stores);
      }
    }
    assertThat(acknowledged).isGreaterThan(KILLS * 10);
  }

  private static void checkAcknowledgedSavesSurvived(JdbcStores stores, Map<String, Long> customers,
      Map<String, Integer> complaints) {
    customers.forEach((id, version) -> {
      Customer c = stores.customers().find(CustomerId.of(id)).orElseThrow(() -> new AssertionError(id + " lost"));
      assertThat(c.version()).as("version of %s", id).isGreaterThanOrEqualTo(version);
    });
    complaints.forEach((id, count) -> {
      Complaint c = stores.complaints().find(ComplaintId.of(id)).orElseThrow(() -> new AssertionError(id + " lost"));
      assertThat(c.history().size()).as("events of %s", id).isGreaterThanOrEqualTo(count);
    });
  }

  private static void checkNothingIsTorn(JdbcStores stores) {
    stores.customers().stream().forEach(c ->
        assertThat(c.facts()).as("facts of %s at version %d", c.id(), c.version()).hasSize((int) c.version()));
    stores.complaints().stream().forEach(c -> {
      Complaint full = ContractFixtures.complaint(c.id().value());
      assertThat(c.history()).as("history of %s", c.id()).isEqualTo(full.history().subList(0, c.history().size()));
    });
    List<String> torn = stores.query("compare event counts with event rows", conn -> {
      List<String> rows = new ArrayList<>();
      try (var r = conn.createStatement().executeQuery("SELECT c.id, c.event_count, COUNT(e.seq), MAX(e.seq) "
          + "FROM crmkit_complaint c LEFT JOIN crmkit_complaint_event e ON e.complaint_id = c.id "
          + "GROUP BY c.id, c.event_count HAVING c.event_count <> COUNT(e.seq) OR c.event_count <> MAX(e.seq)")) {
        while (r.next()) {
          rows.add(r.getString(1) + " count " + r.getInt(2) + " rows " + r.getInt(3));
        }
      }
      return rows;
    });
    assertThat(torn).isEmpty();
  }

  private static Process start(String[] target, int round) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        CrashingWriter.class.getName(), target[0], target[1], Integer.toString(round))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  /** Records each complete acknowledgement line; a line cut off by the kill is not an acknowledgement. */
  private static void readAcks(Process child, CountDownLatch writing, List<String> lines, Map<String, Long> customers,
      Map<String, Integer> complaints) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        String[] parts = line.split(" ");
        if (parts.length == 3 && parts[0].equals("C")) {
          customers.merge(parts[1], Long.parseLong(parts[2]), Math::max);
          lines.add(line);
          writing.countDown();
        } else if (parts.length == 3 && parts[0].equals("E")) {
          complaints.merge(parts[1], Integer.parseInt(parts[2]), Math::max);
          lines.add(line);
          writing.countDown();
        }
      }
    } catch (IOException | NumberFormatException e) {
      // The pipe breaks when the child is killed; a half-written number is not an acknowledgement.
      while (writing.getCount() > 0) {
        writing.countDown();
      }
    }
  }
}
