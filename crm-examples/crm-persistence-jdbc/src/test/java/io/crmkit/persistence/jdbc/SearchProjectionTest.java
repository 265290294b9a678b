package io.crmkit.persistence.jdbc;

import static io.crmkit.persistence.contract.ContractFixtures.acme;
import static io.crmkit.persistence.contract.ContractFixtures.complaint;
import static io.crmkit.persistence.contract.ContractFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.codec.Json;
import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintEvent;
import io.crmkit.core.complaint.ComplaintEventCodec;
import io.crmkit.core.complaint.ComplaintEventJson;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerCodec;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerJson;
import io.crmkit.persistence.StorageException;
import io.crmkit.persistence.VersionConflictException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The searchable projections of schema version 4, on both dialects: written with every record in its
 * transaction, rewritten by an erasure, and filled for the rows of a database upgraded from version 3.
 */
class SearchProjectionTest {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @TempDir
  Path dir;
  private final List<JdbcConnectionPool> pools = new ArrayList<>();

  @AfterEach
  void disposePools() {
    pools.forEach(JdbcConnectionPool::dispose);
  }

  private DataSource database(Dialect dialect) {
    String name = "crmkit_search_" + DATABASES.incrementAndGet();
    if (dialect == Dialect.POSTGRESQL) {
      return PostgresServer.database(name);
    }
    JdbcConnectionPool pool = H2Files.pool(dir.resolve(name));
    pools.add(pool);
    return pool;
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void everySaveWritesTheCustomersProjectionInTheRecordsTransaction(Dialect dialect) {
    JdbcStores stores = JdbcStores.on(database(dialect));
    Customer acme = stores.customers().save(acme());
    assertThat(projection(stores, acme.id())).isEqualTo(tree(CustomerJson.searchable(acme)));
    assertThat(projection(stores, acme.id()).toString()).doesNotContain("Acme").doesNotContain("48 million");

    Customer moved = stores.customers().save(acme.assignAccountManager(io.crmkit.core.customer.EmployeeId.of("em-ben"),
        java.time.Instant.now()));
    List<Customer> batch = stores.customers().saveAll(List.of(moved, person(2)));
    assertThat(projection(stores, acme.id())).isEqualTo(tree(CustomerJson.searchable(batch.get(0))))
        .containsEntry("accountManager", "em-ben");
    assertThat(projection(stores, person(2).id())).isEqualTo(tree(CustomerJson.searchable(batch.get(1))));

    // A unit of work that fails leaves record and projection as they were.
    Customer stored = batch.get(0);
    assertThatThrownBy(() -> stores.unitOfWork().inTransaction(() -> {
      stores.customers().save(stored.assignAccountManager(io.crmkit.core.customer.EmployeeId.of("em-cleo"),
          java.time.Instant.now()));
      return stores.customers().save(person(2)); // a conflict: person 2 exists
    })).isInstanceOf(VersionConflictException.class);
    assertThat(projection(stores, acme.id())).isEqualTo(tree(CustomerJson.searchable(stored)));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void everyComplaintEventGetsItsProjectionAndAnErasureRewritesThem(Dialect dialect) {
    JdbcStores stores = JdbcStores.on(database(dialect));
    Complaint saved = stores.complaints().save(complaint("CMP-1"), 0);
    List<Object> projections = eventProjections(stores, "CMP-1");
    assertThat(projections).hasSize(saved.history().size());
    for (int i = 0; i < projections.size(); i++) {
      assertThat(projections.get(i)).isEqualTo(tree(ComplaintEventJson.searchable(saved.history().get(i))));
    }
    assertThat(projections.toString()).contains("c-acme").doesNotContain("bolts");

    stores.complaints().eraseComplainant(CustomerId.of("c-acme"), CustomerId.of("erased-1"));
    assertThat(eventProjections(stores, "CMP-1").toString()).doesNotContain("c-acme").contains("erased-1");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aDatabaseAtVersionThreeWithDataIsUpgradedAndEveryRowGetsItsProjection(Dialect dialect) throws SQLException {
    DataSource database = database(dialect);
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) { // more than one batch of the fill
      customers.add(person(i).withVersion(1 + i % 3));
    }
    customers.add(acme().withVersion(4));
    Complaint complaint = complaint("CMP-1");
    try (Connection c = database.getConnection()) {
      assertThat(SchemaMigrations.apply(c, dialect, 3)).isEqualTo(3);
      storeAsVersionThreeDid(c, customers, complaint);
    }

    JdbcStores upgraded = JdbcStores.on(database);
    assertThat(upgraded.schemaVersion()).isEqualTo(4);
    for (Customer expected : List.of(customers.get(0), customers.get(1_001), customers.get(2_499), customers.get(2_500))) {
      assertThat(upgraded.customers().find(expected.id())).contains(expected);
      assertThat(projection(upgraded, expected.id())).isEqualTo(tree(CustomerJson.searchable(expected)));
    }
    assertThat(count(upgraded, "SELECT COUNT(*) FROM crmkit_customer WHERE search IS NULL")).isZero();
    assertThat(count(upgraded, "SELECT COUNT(*) FROM crmkit_complaint_event WHERE search IS NULL")).isZero();
    assertThat(eventProjections(upgraded, "CMP-1")).hasSize(complaint.history().size())
        .first().isEqualTo(tree(ComplaintEventJson.searchable(complaint.history().get(0))));
    assertThat(count(upgraded, "SELECT COUNT(*) FROM crmkit_projection_backfill")).isZero();
    assertThat(upgraded.complaints().find(complaint.id())).contains(complaint);
    // Later opens find nothing to fill.
    assertThat(SearchProjections.fillMissing(new JdbcUnitOfWork(database, dialect == Dialect.H2), dialect)).isZero();
  }

  @Test
  void flywayUpgradesAVersionThreeDatabaseAndTheMigratedStoresFillTheProjections() throws SQLException {
    DataSource database = PostgresServer.database("crmkit_search_flyway");
    Flyway flyway = Flyway.configure().dataSource(database).locations(Dialect.POSTGRESQL.flywayLocation()).load();
    Flyway toThree = Flyway.configure().dataSource(database).locations(Dialect.POSTGRESQL.flywayLocation())
        .target("3").load();
    assertThat(toThree.migrate().migrationsExecuted).isEqualTo(3);
    Customer acme = acme().withVersion(2);
    try (Connection c = database.getConnection()) {
      storeAsVersionThreeDid(c, List.of(acme), complaint("CMP-1"));
    }
    assertThatThrownBy(() -> JdbcStores.onMigrated(database)).isInstanceOf(StorageException.class)
        .hasMessageContaining("not at crmkit schema version 4");

    assertThat(flyway.migrate().migrationsExecuted).isEqualTo(1);
    JdbcStores stores = JdbcStores.onMigrated(database);
    assertThat(projection(stores, acme.id())).isEqualTo(tree(CustomerJson.searchable(acme)));
    assertThat(count(stores, "SELECT COUNT(*) FROM crmkit_complaint_event WHERE search IS NULL")).isZero();
  }

  @Test
  void onPostgresqlTheGinIndexServesContainmentQueriesOnTheProjection() {
    JdbcStores stores = JdbcStores.on(PostgresServer.database("crmkit_search_index"));
    stores.customers().save(acme());
    stores.complaints().save(complaint("CMP-1"), 0);
    String customerPlan = plan(stores, "SELECT id FROM crmkit_customer WHERE search @> '{\"kind\":\"ORGANIZATION\"}'");
    String eventPlan = plan(stores, "SELECT complaint_id FROM crmkit_complaint_event "
        + "WHERE search @> '{\"action\":{\"cause\":\"DELIVERY\"}}'");
    assertThat(customerPlan).contains("crmkit_customer_search");
    assertThat(eventPlan).contains("crmkit_complaint_event_search");
    assertThat(count(stores, "SELECT COUNT(*) FROM crmkit_complaint_event "
        + "WHERE search @> '{\"step\":\"JUDGE_VALID\",\"action\":{\"cause\":\"DELIVERY\"}}'")).isEqualTo(1);
  }

  /** The rows of a crmkit at schema version 3: customer records of format 2 (the version inside), no projections. */
  private static void storeAsVersionThreeDid(Connection c, List<Customer> customers, Complaint complaint)
      throws SQLException {
    c.setAutoCommit(false);
    try (PreparedStatement s = c.prepareStatement("INSERT INTO crmkit_customer (id, version, record) VALUES (?, ?, ?)")) {
      for (Customer customer : customers) {
        s.setString(1, customer.id().value());
        s.setLong(2, customer.version());
        s.setBytes(3, formatTwo(customer));
        s.addBatch();
      }
      s.executeBatch();
    }
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO crmkit_complaint (id, complainant_id, event_count) VALUES (?, ?, ?)")) {
      s.setString(1, complaint.id().value());
      s.setString(2, complaint.status().receipt().complainant().value());
      s.setInt(3, complaint.history().size());
      s.executeUpdate();
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO crmkit_complaint_event "
        + "(complaint_id, seq, step, occurred_at, to_state, record) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (ComplaintEvent e : complaint.history()) {
        s.setString(1, complaint.id().value());
        s.setInt(2, e.sequence());
        s.setString(3, e.step().name());
        s.setObject(4, e.at().atOffset(ZoneOffset.UTC));
        s.setString(5, e.toState().name());
        s.setBytes(6, ComplaintEventCodec.encode(e));
        s.addBatch();
      }
      s.executeBatch();
    }
    c.commit();
  }

  /** The customer's record as format 2 wrote it: format 3's fields with the version after the id. */
  private static byte[] formatTwo(Customer customer) {
    byte[] format3 = CustomerCodec.encode(customer);
    int afterId = 1 + 4 + 4 + customer.id().value().getBytes(StandardCharsets.UTF_8).length;
    ByteBuffer v2 = ByteBuffer.allocate(format3.length + 8);
    v2.put(format3, 0, afterId).putLong(customer.version()).put(format3, afterId, format3.length - afterId);
    byte[] bytes = v2.array();
    bytes[4] = 2;
    return bytes;
  }

  private static java.util.Map<String, Object> projection(JdbcStores stores, CustomerId id) {
    String json = stores.query("read a projection", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT search FROM crmkit_customer WHERE id = ?")) {
        s.setString(1, id.value());
        try (ResultSet r = s.executeQuery()) {
          r.next();
          return r.getString(1);
        }
      }
    });
    return tree(json);
  }

  private static List<Object> eventProjections(JdbcStores stores, String complaint) {
    return stores.query("read event projections", c -> {
      List<Object> rows = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(
          "SELECT search FROM crmkit_complaint_event WHERE complaint_id = ? ORDER BY seq")) {
        s.setString(1, complaint);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            rows.add(tree(r.getString(1)));
          }
        }
      }
      return rows;
    });
  }

  private static long count(JdbcStores stores, String sql) {
    return stores.query("count", c -> {
      try (ResultSet r = c.createStatement().executeQuery(sql)) {
        r.next();
        return r.getLong(1);
      }
    });
  }

  private static String plan(JdbcStores stores, String sql) {
    return stores.query("explain", c -> {
      StringBuilder plan = new StringBuilder();
      c.createStatement().execute("SET LOCAL enable_seqscan = off");
      try (ResultSet r = c.createStatement().executeQuery("EXPLAIN " + sql)) {
        while (r.next()) {
          plan.append(r.getString(1)).append('\n');
        }
      }
      return plan.toString();
    });
  }

  /** JSON as a tree, so the database's own spacing and key order (jsonb sorts keys) do not count. */
  @SuppressWarnings("unchecked")
  private static java.util.Map<String, Object> tree(String json) {
    return (java.util.Map<String, Object>) Json.parse(json, "projection");
  }
}
