package io.crmkit.persistence.jdbc;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.persistence.Complaints;
import io.crmkit.persistence.Customers;
import io.crmkit.persistence.Interactions;
import io.crmkit.persistence.StyleProfiles;
import io.crmkit.persistence.UnitOfWork;
import io.crmkit.persistence.contract.ContractStores;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The JDBC adapter's factory for the contract kit: stores on one database (H2 or PostgreSQL), the
 * reset hook emptying every crmkit table, and the damage and failure hooks a real database allows.
 */
final class JdbcContractStores implements ContractStores {
  private final DataSource database;
  private final java.util.Optional<io.crmkit.core.codec.RecordCipher> cipher;
  private SwitchableDataSource source;
  private JdbcStores stores;

  JdbcContractStores(DataSource database) {
    this(database, java.util.Optional.empty());
  }

  /** Stores that seal every record with {@code cipher}, when present. */
  JdbcContractStores(DataSource database, java.util.Optional<io.crmkit.core.codec.RecordCipher> cipher) {
    this.database = database;
    this.cipher = cipher;
    open();
  }

  private void open() {
    source = new SwitchableDataSource(database);
    stores = JdbcStores.on(source);
    cipher.ifPresent(stores::encryptAtRestWith);
  }

  JdbcStores jdbcStores() {
    return stores;
  }

  @Override
  public Customers customers() {
    return stores.customers();
  }

  @Override
  public Complaints complaints() {
    return stores.complaints();
  }

  @Override
  public StyleProfiles styleProfiles() {
    return stores.styleProfiles();
  }

  @Override
  public Interactions interactions() {
    return stores.interactions();
  }

  @Override
  public UnitOfWork unitOfWork() {
    return stores.unitOfWork();
  }

  @Override
  public boolean unitOfWorkIsAtomic() {
    return true;
  }

  /** Empties every {@code crmkit_} table but the schema's own record, whatever tables later versions add. */
  @Override
  public void reset() {
    open();
    stores.query("empty the crmkit tables", c -> {
      List<String> tables = crmkitTables(c);
      try (Statement s = c.createStatement()) {
        if (stores.dialect() == Dialect.POSTGRESQL) {
          s.execute("TRUNCATE " + String.join(", ", tables));
        } else {
          s.execute("SET REFERENTIAL_INTEGRITY FALSE");
          for (String table : tables) {
            s.execute("TRUNCATE TABLE " + table);
          }
          s.execute("SET REFERENTIAL_INTEGRITY TRUE");
        }
      }
      return null;
    });
  }

  private static List<String> crmkitTables(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet r = c.getMetaData().getTables(null, null, "%", null)) {
      while (r.next()) {
        String name = r.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT);
        String type = r.getString("TABLE_TYPE");
        boolean table = "TABLE".equals(type) || "BASE TABLE".equals(type); // PostgreSQL, H2 2.x
        if (table && name.startsWith("crmkit_") && !name.equals("crmkit_schema_version")) {
          tables.add(name);
        }
      }
    }
    return tables;
  }

  @Override
  public ContractStores reopen() {
    return new JdbcContractStores(database, cipher);
  }

  @Override
  public boolean damageCustomerRecord(CustomerId customer) {
    int changed = stores.query("damage a record", c -> {
      try (PreparedStatement s = c.prepareStatement("UPDATE crmkit_customer SET record = ? WHERE id = ?")) {
        s.setBytes(1, new byte[] {0x43, 0, 0, 0, 1, 0, 0});
        s.setString(2, customer.value());
        return s.executeUpdate();
      }
    });
    return changed == 1;
  }

  @Override
  public boolean breakStorage() {
    source.breakIt();
    return true;
  }
}
