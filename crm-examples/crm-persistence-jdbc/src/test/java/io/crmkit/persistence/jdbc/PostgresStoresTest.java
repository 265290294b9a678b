package io.crmkit.persistence.jdbc;

import static io.crmkit.persistence.contract.ContractFixtures.complaint;
import static io.crmkit.persistence.contract.ContractFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Customer;
import io.crmkit.persistence.contract.ContractStores;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JDBC adapter on a real PostgreSQL server passes the whole contract kit, eight-writer tests included. */
class PostgresStoresTest extends JdbcContractSuite {
  private static JdbcContractStores stores;

  @Override
  ContractStores stores() {
    synchronized (PostgresStoresTest.class) {
      if (stores == null) {
        stores = new JdbcContractStores(PostgresServer.database("crmkit_contract"));
      }
      return stores;
    }
  }

  @Test
  void theStoresKnowTheyAreOnPostgreSqlAndAtTheLatestSchemaVersion() {
    JdbcStores jdbc = ((JdbcContractStores) stores().fresh()).jdbcStores();
    assertThat(jdbc.dialect()).isEqualTo(Dialect.POSTGRESQL);
    assertThat(jdbc.schemaVersion()).isEqualTo(SchemaMigrations.SCRIPTS.size());
    Customer saved = jdbc.customers().save(person(7));
    jdbc.complaints().save(complaint("CMP-7"), 0);
    String columnType = jdbc.query("read the record column's type", c -> {
      try (var r = c.createStatement().executeQuery("SELECT data_type FROM information_schema.columns "
          + "WHERE table_name = 'crmkit_customer' AND column_name = 'record'")) {
        r.next();
        return r.getString(1);
      }
    });
    assertThat(columnType).isEqualTo("bytea");
    List<String> collations = jdbc.query("read the id columns' collations", c -> {
      List<String> rows = new ArrayList<>();
      try (var r = c.createStatement().executeQuery("SELECT table_name || '.' || column_name || ' ' || collation_name "
          + "FROM information_schema.columns WHERE table_name LIKE 'crmkit\\_%' AND column_name LIKE '%id' "
          + "ORDER BY 1")) {
        while (r.next()) {
          rows.add(r.getString(1));
        }
      }
      return rows;
    });
    assertThat(collations).allSatisfy(column -> assertThat(column).endsWith(" C"))
        .contains("crmkit_complaint.complainant_id C", "crmkit_complaint.id C",
            "crmkit_complaint_event.complaint_id C", "crmkit_customer.id C", "crmkit_style_profile.customer_id C",
            "crmkit_interaction.id C", "crmkit_interaction.customer_id C");
    assertThat(jdbc.customers().find(saved.id())).contains(saved);
  }
}
