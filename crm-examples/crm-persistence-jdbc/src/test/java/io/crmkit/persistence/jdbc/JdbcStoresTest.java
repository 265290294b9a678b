package io.crmkit.persistence.jdbc;

import static io.crmkit.persistence.contract.ContractFixtures.complaint;
import static io.crmkit.persistence.contract.ContractFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Customer;
import io.crmkit.persistence.StorageException;
import io.crmkit.persistence.VersionConflictException;
import io.crmkit.persistence.contract.ContractStores;
import io.crmkit.persistence.contract.InteractionsContract;
import io.crmkit.persistence.contract.StyleProfilesContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC adapter on an embedded H2 file passes the whole contract kit, and keeps what it promises besides. */
class JdbcStoresTest extends JdbcContractSuite {
  private static JdbcContractStores shared;

  @TempDir
  Path dir;
  private final List<JdbcStores> opened = new ArrayList<>();

  @Override
  ContractStores stores() {
    synchronized (JdbcStoresTest.class) {
      if (shared == null) {
        try {
          Path file = Files.createTempDirectory("crmkit-h2-contract").resolve("contract");
          shared = new JdbcContractStores(H2Files.pool(file));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return shared;
    }
  }

  private JdbcStores open(String name) {
    JdbcStores stores = H2Files.open(dir.resolve(name));
    opened.add(stores);
    return stores;
  }

  @AfterEach
  void closeDatabases() {
    opened.forEach(JdbcStores::close);
  }

  @Test
  void whatWasSavedIsThereAfterTheDatabaseIsClosedAndOpenedAgain() {
    JdbcStores first = H2Files.open(dir.resolve("reopen"));
    Customer saved = first.customers().save(person(1));
    first.complaints().save(complaint("CMP-1"), 0);
    first.close();

    JdbcStores again = open("reopen");
    assertThat(again.schemaVersion()).isEqualTo(SchemaMigrations.SCRIPTS.size());
    assertThat(again.customers().find(saved.id())).contains(saved);
    assertThat(again.complaints().find(complaint("CMP-1").id())).contains(complaint("CMP-1"));
  }

  @Test
  void aUnitOfWorkCommitsEverySaveOrOnAnExceptionNone() {
    JdbcStores stores = open("uow");
    stores.customers().save(person(1));
    stores.unitOfWork().inTransaction(() -> {
      stores.customers().save(person(2));
      return stores.complaints().save(complaint("CMP-1"), 0);
    });
    assertThat(stores.customers().find(person(2).id())).isPresent();
    assertThat(stores.complaints().find(complaint("CMP-1").id())).isPresent();

    assertThatThrownBy(() -> stores.unitOfWork().inTransaction(() -> {
      stores.customers().save(person(3));
      stores.complaints().save(complaint("CMP-2"), 0);
      return stores.customers().save(person(1)); // a conflict: person 1 exists
    })).isInstanceOf(VersionConflictException.class);
    assertThat(stores.customers().find(person(3).id())).isEmpty();
    assertThat(stores.complaints().find(complaint("CMP-2").id())).isEmpty();
  }

  @Test
  void theSchemaIsAppliedOnceAndRecordedByVersion() {
    JdbcStores stores = open("schema");
    List<String> applied = stores.query("read versions", c -> {
      List<String> rows = new ArrayList<>();
      try (var r = c.createStatement().executeQuery("SELECT version, script FROM crmkit_schema_version ORDER BY version")) {
        while (r.next()) {
          rows.add(r.getInt(1) + " " + r.getString(2));
        }
      }
      return rows;
    });
    assertThat(applied).containsExactly("1 V1__customers_and_complaints.sql", "2 V2__style_profiles.sql",
        "3 V3__interactions.sql", "4 V4__searchable_projections.sql");
    assertThat(SchemaMigrations.statements("-- c\nCREATE TABLE a (x INT);\n\nCREATE INDEX i ON a (x);\n"))
        .containsExactly("CREATE TABLE a (x INT)", "CREATE INDEX i ON a (x)");
  }

  @Test
  void aDatabaseAtSchemaVersionOneIsUpgradedToTheLatestAndKeepsItsData() {
    JdbcStores first = H2Files.open(dir.resolve("upgrade"));
    Customer saved = first.customers().save(person(1));
    first.query("take the database back to version 1", c -> {
      c.createStatement().execute("DROP TABLE crmkit_projection_backfill");
      c.createStatement().execute("ALTER TABLE crmkit_customer DROP COLUMN search");
      c.createStatement().execute("ALTER TABLE crmkit_complaint_event DROP COLUMN search");
      c.createStatement().execute("DROP VIEW crmkit_interaction_current");
      c.createStatement().execute("DROP TABLE crmkit_interaction");
      c.createStatement().execute("DROP TABLE crmkit_style_profile");
      return c.createStatement().executeUpdate("DELETE FROM crmkit_schema_version WHERE version >= 2");
    });
    first.close();

    JdbcStores upgraded = open("upgrade");
    assertThat(upgraded.schemaVersion()).isEqualTo(SchemaMigrations.SCRIPTS.size());
    assertThat(upgraded.customers().find(saved.id())).contains(saved);
    upgraded.styleProfiles().save(StyleProfilesContract.analytical("c-00001", 2), 0);
    assertThat(upgraded.styleProfiles().find(saved.id())).isPresent();
    upgraded.interactions().append(InteractionsContract.call("I-1", "c-00001", 3, 10));
    assertThat(upgraded.interactions().lastContacts(List.of(saved.id()))).containsKey(saved.id());
  }

  @Test
  void theSameStoresRunOnH2InPostgreSqlModeWithTheH2Scripts() {
    JdbcConnectionPool pool = JdbcConnectionPool.create(
        "jdbc:h2:mem:pg;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "crmkit", "");
    JdbcStores stores = JdbcStores.on(pool, pool::dispose);
    opened.add(stores);
    assertThat(stores.dialect()).isEqualTo(Dialect.H2);
    Customer saved = stores.customers().save(person(7));
    stores.complaints().save(complaint("CMP-7"), 0);
    assertThat(stores.customers().find(saved.id())).contains(saved);
    assertThat(stores.complaints().stream()).hasSize(1);
    stores.interactions().append(InteractionsContract.call("I-7", saved.id().value(), 3, 10));
    assertThat(stores.interactions().lastContacts(List.of(saved.id()))).containsKey(saved.id());
  }

  @Test
  void aDamagedRecordIsAStorageFailureNamingTheOperationNotAWrongCustomer() {
    JdbcStores stores = open("damaged");
    Customer saved = stores.customers().save(person(1));
    stores.query("damage", c -> c.createStatement().executeUpdate(
        "UPDATE crmkit_customer SET record = X'43000000010000' WHERE id = 'c-00001'"));
    assertThatThrownBy(() -> stores.customers().find(saved.id())).isInstanceOf(StorageException.class)
        .hasMessageStartingWith("find Customer c-00001 failed: ").hasMessageContaining("customer record: id at byte 5 is truncated");
  }
}
