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

  /** No transaction: for stores whose single operations are atomic, like the in-memory reference. */
  static UnitOfWork none() {
    return Supplier::get;
  }
}
