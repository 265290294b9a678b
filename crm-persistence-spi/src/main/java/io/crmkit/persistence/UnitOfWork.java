package io.crmkit.persistence;

import java.util.function.Supplier;

/**
 * Runs several saves in the host's own transaction. A Spring host implements it with a
 * {@code TransactionTemplate} ({@code template.execute(status -> work.get())}); a Jakarta EE host with
 * a {@code UserTransaction} (begin, run, commit; roll back on any exception); a JDBC host by turning
 * off auto-commit on the connection its stores share. The in-memory reference runs the work as is.
 */
@FunctionalInterface
public interface UnitOfWork {

  <T> T inTransaction(Supplier<T> work);

  /**
   * Called by {@link Erasure} after an erasure committed: makes the removed data unrecoverable from
   * the store's files, so a crash right afterwards leaves no erased value on disk. Databases keep
   * deleted rows in old pages until they are rewritten: H2 compacts its file (the embedded JDBC
   * adapter does), PostgreSQL needs a {@code VACUUM FULL} of the tables, an encrypted volume with
   * short-lived keys covers backups. The default does nothing, which is right for memory; a host
   * whose database keeps old pages implements it. Called outside any transaction.
   */
  default void purgeRemovedData() {
  }

  /** No transaction: for stores whose single operations are atomic, like the in-memory reference. */
  static UnitOfWork none() {
    return Supplier::get;
  }
}
