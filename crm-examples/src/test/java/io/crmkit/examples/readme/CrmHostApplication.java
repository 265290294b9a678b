package io.crmkit.examples.readme;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.persistence.jdbc.Dialect;
import io.crmkit.persistence.jdbc.JdbcStores;
import org.flywaydb.core.Flyway;

/** A host application: crmkit's stores on the host's PostgreSQL, through its pool and its Flyway. */
public final class CrmHostApplication {
  public static Customer run(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);                                  // jdbc:postgresql://db.example:5432/crm
    config.setUsername(user);
    config.setPassword(password);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      Flyway.configure().dataSource(pool).locations(Dialect.POSTGRESQL.flywayLocation())
          .table("crmkit_flyway_history")                    // apart from the host's own migrations
          .load().migrate();
      JdbcStores crm = JdbcStores.onMigrated(pool);
      CustomerId id = CustomerId.of("c-1");
      return crm.customers().find(id)
          .orElseGet(() -> crm.customers().save(Customer.person(id, "Li Wei")));
    }
  }

  public static void main(String[] args) {
    System.out.println(run(args[0], args[1], System.getenv("CRM_DB_PASSWORD")).version());
  }
}
