package io.crmkit.persistence.contract;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.persistence.Complaints;
import io.crmkit.persistence.Customers;
import io.crmkit.persistence.Interactions;
import io.crmkit.persistence.StyleProfiles;
import io.crmkit.persistence.UnitOfWork;

/**
 * The one factory an adapter gives the contract kit: stores that share one database and one unit of
 * work, as a host would wire them, plus the hooks the kit needs to test what only a real database
 * can show. {@link StorageContract} calls {@link #reset()} before each test; an adapter's own
 * {@code newStore()} methods of the other contracts should reset too (see {@link #fresh()}).
 *
 * <p>Hooks an adapter cannot honour return {@code false}; the tests that need them are then reported
 * as skipped (JUnit assumption), never passed silently.
 */
public interface ContractStores {

  Customers customers();

  Complaints complaints();

  StyleProfiles styleProfiles();

  /** The interaction log, in the same database and unit of work. */
  Interactions interactions();

  /** The unit of work the stores above take part in. */
  UnitOfWork unitOfWork();

  /**
   * The reset hook: empties every store (a server database's tables are truncated, not dropped), so
   * each test starts from nothing. Called by the kit before every test of {@link StorageContract}.
   */
  void reset();

  /** Resets and returns this factory, for an adapter's {@code newStore()}: {@code stores.fresh().customers()}. */
  default ContractStores fresh() {
    reset();
    return this;
  }

  /**
   * New stores on the same stored data, as after the host restarted: new connections, no state
   * carried over in memory. The kit closes nothing; the adapter's test releases what it opened.
   */
  ContractStores reopen();

  /** Whether {@link #unitOfWork()} commits or rolls back as a whole; false for {@link UnitOfWork#none()}. */
  boolean unitOfWorkIsAtomic();

  /**
   * Damage hook: overwrites the stored record of {@code customer} with bytes its codec cannot read,
   * as a bad disk or a foreign writer would.
   *
   * @return false if the store keeps no records that can be damaged (the in-memory reference)
   */
  default boolean damageCustomerRecord(CustomerId customer) {
    return false;
  }

  /**
   * Failure hook: from now on the storage fails as a lost database would (connections refused), until
   * {@link #reset()} or {@link #reopen()}.
   *
   * @return false if the storage cannot fail (the in-memory reference)
   */
  default boolean breakStorage() {
    return false;
  }
}
