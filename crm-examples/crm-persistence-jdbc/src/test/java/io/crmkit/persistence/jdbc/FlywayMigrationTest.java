package io.crmkit.persistence.jdbc;

import static io.crmkit.persistence.contract.ContractFixtures.complaint;
import static io.crmkit.persistence.contract.ContractFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Customer;
import io.crmkit.persistence.contract.StyleProfilesContract;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * A host that migrates with Flyway points it at the dialect's scripts in the jar and opens the
 * stores without the built-in applier; the scripts carry Flyway's names, so it runs them as they are.
 */
class FlywayMigrationTest {

  @Test
  void flywayRunsThePostgreSqlScriptsFromTheJarAndTheStoresWorkOnTheResult() {
    DataSource database = PostgresServer.database("crmkit_flyway");
    MigrateResult result = Flyway.configure().dataSource(database).locations(Dialect.POSTGRESQL.flywayLocation())
        .load().migrate();

    assertThat(result.success).isTrue();
    assertThat(result.migrationsExecuted).isEqualTo(SchemaMigrations.SCRIPTS.size());
    List<String> applied = new ArrayList<>();
    result.migrations.forEach(m -> applied.add(m.version + " " + m.filepath.substring(m.filepath.lastIndexOf('/') + 1)));
    assertThat(applied).containsExactly("1 V1__customers_and_complaints.sql", "2 V2__style_profiles.sql",
        "3 V3__interactions.sql", "4 V4__searchable_projections.sql");

    JdbcStores stores = JdbcStores.onMigrated(database);
    Customer saved = stores.customers().save(person(1));
    stores.complaints().save(complaint("CMP-1"), 0);
    stores.styleProfiles().save(StyleProfilesContract.analytical("c-00001", 2), 0);
    assertThat(stores.customers().find(saved.id())).contains(saved);
    assertThat(stores.complaints().find(complaint("CMP-1").id())).contains(complaint("CMP-1"));

    // A second migrate finds nothing to do: the scripts were not changed under Flyway's checksums.
    assertThat(Flyway.configure().dataSource(database).locations(Dialect.POSTGRESQL.flywayLocation()).load()
        .migrate().migrationsExecuted).isZero();
  }

  @Test
  void theBuiltInApplierAndFlywayReadTheSameScriptsPerDialect() {
    for (Dialect dialect : Dialect.values()) {
      for (String script : SchemaMigrations.SCRIPTS) {
        assertThat(script).matches("V[0-9]+__[a-z_]+\\.sql");
        assertThat(SchemaMigrations.statements(SchemaMigrations.read(dialect, script))).as("%s %s", dialect, script)
            .isNotEmpty();
      }
    }
  }
}
