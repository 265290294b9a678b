package io.crmkit.persistence.jdbc;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerCodec;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerJson;
import io.crmkit.core.validation.Require;
import io.crmkit.persistence.Customers;
import io.crmkit.persistence.Page;
import io.crmkit.persistence.PageRequest;
import io.crmkit.persistence.VersionConflictException;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Customers in table {@code crmkit_customer}: id, version, and the {@link CustomerCodec} record (which
 * holds no version: the row's column is the customer's version; sealed under the host's key once
 * {@link JdbcStores#encryptAtRestWith} named one), and {@code search}, the customer's
 * {@link CustomerJson#searchable} projection, written with the record.
 * A save is a conditional UPDATE ({@code WHERE version = expected}) or, for a new customer, an
 * INSERT that the primary key refuses when the id exists; either way a stale writer changes no row.
 * On embedded H2 the writer also holds the customer's in-process lock to commit (see {@link JdbcUnitOfWork}).
 */
final class JdbcCustomers implements Customers {
  private final JdbcUnitOfWork tx;
  private final java.time.Clock clock;
  private final String insertSql;
  private final String updateSql;

  private final AtRest atRest;

  JdbcCustomers(JdbcUnitOfWork tx, java.time.Clock clock, Dialect dialect, AtRest atRest) {
    this.tx = tx;
    this.clock = clock;
    this.atRest = atRest;
    this.insertSql = "INSERT INTO crmkit_customer (id, version, record, search) VALUES (?, ?, ?, "
        + dialect.jsonParameter() + ")";
    this.updateSql = "UPDATE crmkit_customer SET version = ?, record = ?, search = " + dialect.jsonParameter()
        + " WHERE id = ? AND version = ?";
  }

  /** The stored record at {@code version}, if that is the stored version. */
  private Customer storedAt(Connection c, String id, long version) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT record FROM crmkit_customer WHERE id = ? AND version = ?")) {
      s.setString(1, id);
      s.setLong(2, version);
      try (java.sql.ResultSet r = s.executeQuery()) {
        return r.next() ? atRest.customer(r.getBytes(1), id, version) : null;
      }
    }
  }

  @Override
  public Optional<Customer> find(CustomerId id) {
    Require.notNull(id, "customerId");
    return tx.run("find Customer " + id.value(), c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT version, record FROM crmkit_customer WHERE id = ?")) {
        s.setString(1, id.value());
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.of(atRest.customer(r.getBytes(2), id.value(), r.getLong(1))) : Optional.empty();
        }
      }
    });
  }

  @Override
  public Customer save(Customer customer) {
    Require.notNull(customer, "customer");
    Customer next = customer.nextVersion();
    byte[] record = atRest.customer(next);
    String search = CustomerJson.searchable(next);
    String id = customer.id().value();
    return tx.run("save Customer " + id, c -> {
      tx.lock(id);
      if (customer.version() == 0) {
        Customers.requireContinues(null, customer, clock.instant());
        boolean inserted = Inserts.ifAbsent(c, insertSql, s -> {
          s.setString(1, id);
          s.setLong(2, 1);
          s.setBytes(3, record);
          s.setString(4, search);
        });
        if (!inserted) {
          throw new VersionConflictException(AGGREGATE, id, 0, storedVersion(c, id));
        }
        return next;
      }
      Customer stored = storedAt(c, id, customer.version());
      if (stored != null) {
        Customers.requireContinues(stored, customer, clock.instant());
      }
      try (PreparedStatement s = c.prepareStatement(updateSql)) {
        s.setLong(1, next.version());
        s.setBytes(2, record);
        s.setString(3, search);
        s.setString(4, id);
        s.setLong(5, customer.version());
        if (s.executeUpdate() != 1) {
          throw new VersionConflictException(AGGREGATE, id, customer.version(), storedVersion(c, id));
        }
      }
      return next;
    });
  }

  /** One transaction, two JDBC batches (inserts of new customers, conditional updates of the rest). */
  @Override
  public List<Customer> saveAll(List<Customer> customers) {
    Require.notNull(customers, "customers");
    List<Customer> next = new ArrayList<>(customers.size());
    Set<String> ids = new HashSet<>();
    for (Customer c : customers) {
      Require.notNull(c, "customers[" + next.size() + "]");
      Require.that(ids.add(c.id().value()), "customers", EACH_CUSTOMER_ONCE, c.id());
      next.add(c.nextVersion());
    }
    return tx.run("save " + customers.size() + " Customers", c -> {
      // Locked in id order, so two batches over the same customers cannot wait on each other.
      ids.stream().sorted().forEach(tx::lock);
      for (Customer given : customers) {
        Customers.requireContinues(given.version() == 0 ? null : storedAt(c, given.id().value(), given.version()),
            given, clock.instant());
      }
      Savepoint before = c.setSavepoint();
      SQLException refused = null;
      try (PreparedStatement insert = c.prepareStatement(insertSql);
          PreparedStatement update = c.prepareStatement(updateSql)) {
        for (Customer n : next) {
          byte[] record = atRest.customer(n);
          String search = CustomerJson.searchable(n);
          if (n.version() == 1) {
            insert.setString(1, n.id().value());
            insert.setLong(2, 1);
            insert.setBytes(3, record);
            insert.setString(4, search);
            insert.addBatch();
          } else {
            update.setLong(1, n.version());
            update.setBytes(2, record);
            update.setString(3, search);
            update.setString(4, n.id().value());
            update.setLong(5, n.version() - 1);
            update.addBatch();
          }
        }
        insert.executeBatch();
        if (Arrays.stream(update.executeBatch()).allMatch(n -> n == 1)) {
          return List.copyOf(next);
        }
      } catch (BatchUpdateException e) {
        refused = e;
      }
      c.rollback(before);
      throw firstConflict(c, customers, refused);
    });
  }

  /** The conflict of the first customer whose stored version differs from the one it names. */
  private static VersionConflictException firstConflict(Connection c, List<Customer> customers,
      SQLException cause) throws SQLException {
    for (Customer customer : customers) {
      long actual = storedVersion(c, customer.id().value());
      if (actual != customer.version()) {
        return new VersionConflictException(AGGREGATE, customer.id().value(), customer.version(), actual);
      }
    }
    // No stale version: the batch failed for another reason.
    throw cause != null ? cause : new SQLException("the batch changed fewer rows than it should");
  }

  @Override
  public void delete(CustomerId id, long expectedVersion) {
    Require.notNull(id, "customerId");
    tx.run("delete Customer " + id.value(), c -> {
      tx.lock(id.value());
      try (PreparedStatement s = c.prepareStatement("DELETE FROM crmkit_customer WHERE id = ? AND version = ?")) {
        s.setString(1, id.value());
        s.setLong(2, expectedVersion);
        if (s.executeUpdate() != 1) {
          throw new VersionConflictException(AGGREGATE, id.value(), expectedVersion, storedVersion(c, id.value()));
        }
      }
      return null;
    });
  }

  @Override
  public Page<Customer> list(PageRequest request) {
    Require.notNull(request, "request");
    return tx.run("list Customers", c -> KeysetPages.page(c, "crmkit_customer", "id, version, record", request,
        r -> atRest.customer(r.getBytes(3), r.getString(1), r.getLong(2))));
  }

  private static long storedVersion(Connection c, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT version FROM crmkit_customer WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }
}
