package io.crmkit.examples.jdbc;

import io.crmkit.core.value.RecordFormatException;
import io.crmkit.persistence.StorageException;
import io.crmkit.persistence.UnitOfWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Runs each store operation in a transaction: its own (commit on success, roll back on any failure),
 * or the unit of work the calling thread has open, which then commits or rolls back everything at
 * its end. This is how several saves share one database transaction.
 */
final class Transactions implements UnitOfWork {
  private final DataSource source;
  private final ThreadLocal<Connection> open = new ThreadLocal<>();

  Transactions(DataSource source) {
    this.source = source;
  }

  /** Work against one connection; SQL failures become {@link StorageException}s naming the operation. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  <T> T run(String operation, Work<T> work) {
    try {
      return runOrThrow(operation, work);
    } catch (RecordFormatException e) {
      throw new StorageException(operation, e); // a damaged record is the store's failure, not the caller's
    }
  }

  private <T> T runOrThrow(String operation, Work<T> work) {
    Connection shared = open.get();
    if (shared != null) {
      try {
        return work.run(shared);
      } catch (SQLException e) {
        throw new StorageException(operation, e);
      }
    }
    try (Connection c = source.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollback(c, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new StorageException(operation, e);
    }
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (open.get() != null) {
      return work.get(); // nested: part of the transaction already open
    }
    try (Connection c = source.getConnection()) {
      c.setAutoCommit(false);
      open.set(c);
      try {
        T result = work.get();
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollback(c, e);
        throw e;
      } finally {
        open.remove();
      }
    } catch (SQLException e) {
      throw new StorageException("unit of work", e);
    }
  }

  private static void rollback(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
