package io.crmkit.persistence.jdbc;

import io.crmkit.core.codec.RecordFormatException;
import io.crmkit.persistence.StorageException;
import io.crmkit.persistence.UnitOfWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Runs each store operation in a transaction: its own (commit on success, roll back on any failure),
 * or the unit of work the calling thread has open, which then commits or rolls back everything at
 * its end. This is how several saves share one database transaction.
 */
final class JdbcUnitOfWork implements UnitOfWork {
  private static final int STRIPES = 1_024;
  private static final long LOCK_TIMEOUT_SECONDS = 10;

  private final DataSource source;
  private final ThreadLocal<Connection> open = new ThreadLocal<>();
  /** Per-aggregate locks held to the end of the transaction, or null when the database's row locks suffice. */
  private final ReentrantLock[] stripes;
  private final ThreadLocal<List<ReentrantLock>> held = ThreadLocal.withInitial(ArrayList::new);
  /** Transactions share it; a purge of removed data takes it alone, so no transaction sees the file rewritten. */
  private final java.util.concurrent.locks.ReentrantReadWriteLock files = new java.util.concurrent.locks.ReentrantReadWriteLock();
  private volatile Runnable purge = () -> { };

  /**
   * @param lockInProcess whether writers of one aggregate also take a lock in this JVM, held until
   *     their transaction ends: for embedded H2, whose conditional UPDATE lost updates under load
   *     (the contract kit's eight writers found it; one JVM owns an embedded database, so the lock is
   *     complete there). A server database such as PostgreSQL re-checks the condition itself.
   */
  JdbcUnitOfWork(DataSource source, boolean lockInProcess) {
    this.source = source;
    this.stripes = lockInProcess ? new ReentrantLock[STRIPES] : null;
    if (stripes != null) {
      for (int i = 0; i < STRIPES; i++) {
        stripes[i] = new ReentrantLock();
      }
    }
  }

  /** What {@link #purgeRemovedData()} runs: for embedded H2, compacting the file. */
  void purgeWith(Runnable action) {
    this.purge = action;
  }

  /**
   * Rewrites the storage so removed rows leave no trace on disk, with every other transaction held
   * out. Inside a transaction still open it does nothing: the removal is not committed yet, and the
   * purge runs when the outermost erasure returns.
   */
  @Override
  public void purgeRemovedData() {
    if (open.get() != null) {
      return;
    }
    files.writeLock().lock();
    try {
      purge.run();
    } finally {
      files.writeLock().unlock();
    }
  }

  /** Locks {@code key} (an aggregate's id) until the current transaction ends; a no-op without in-process locks. */
  void lock(String key) {
    if (stripes == null) {
      return;
    }
    ReentrantLock lock = stripes[Math.floorMod(key.hashCode(), STRIPES)];
    try {
      if (!lock.tryLock(LOCK_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new StorageException("lock " + key, new TimeoutException("another writer held it for "
            + LOCK_TIMEOUT_SECONDS + " s (two units of work locking the same records in opposite order?)"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageException("lock " + key, e);
    }
    held.get().add(lock);
  }

  private void releaseLocks() {
    List<ReentrantLock> locks = held.get();
    for (int i = locks.size() - 1; i >= 0; i--) {
      locks.get(i).unlock();
    }
    locks.clear();
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
    return inNewTransaction(operation, work);
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (open.get() != null) {
      return work.get(); // nested: part of the transaction already open
    }
    return inNewTransaction("unit of work", c -> {
      open.set(c);
      try {
        return work.get();
      } finally {
        open.remove();
      }
    });
  }

  /**
   * Runs {@code work} on a new connection in a transaction of its own: commits on success, rolls
   * back on any failure, and releases the in-process locks either way.
   */
  private <T> T inNewTransaction(String operation, Work<T> work) {
    files.readLock().lock();
    try {
      return inNewTransactionHoldingFiles(operation, work);
    } finally {
      files.readLock().unlock();
    }
  }

  private <T> T inNewTransactionHoldingFiles(String operation, Work<T> work) {
    try (Connection c = source.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollback(c, e);
        throw e;
      } finally {
        releaseLocks();
      }
    } catch (SQLException e) {
      throw new StorageException(operation, e);
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
