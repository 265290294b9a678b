package io.crmkit.persistence.jdbc;

import io.crmkit.persistence.Complaints;
import io.crmkit.persistence.Customers;
import io.crmkit.persistence.Interactions;
import io.crmkit.persistence.StyleProfiles;
import io.crmkit.persistence.UnitOfWork;
import io.crmkit.persistence.contract.ComplaintsContract;
import io.crmkit.persistence.contract.ContractStores;
import io.crmkit.persistence.contract.CustomersContract;
import io.crmkit.persistence.contract.ErasureContract;
import io.crmkit.persistence.contract.InteractionsContract;
import io.crmkit.persistence.contract.StorageContract;
import io.crmkit.persistence.contract.StyleProfilesContract;
import org.junit.jupiter.api.Nested;

/**
 * The whole contract kit on one database: a dialect's test extends this and supplies the factory;
 * every store comes from it, emptied by its reset hook first.
 */
abstract class JdbcContractSuite {

  /** The factory on this dialect's database, shared by the test class. */
  abstract ContractStores stores();

  @Nested
  class CustomersPassTheContract extends CustomersContract {
    @Override
    protected Customers newStore() {
      return stores().fresh().customers();
    }
  }

  @Nested
  class ComplaintsPassTheContract extends ComplaintsContract {
    @Override
    protected Complaints newStore() {
      return stores().fresh().complaints();
    }
  }

  @Nested
  class StyleProfilesPassTheContract extends StyleProfilesContract {
    @Override
    protected StyleProfiles newStore() {
      return stores().fresh().styleProfiles();
    }
  }

  @Nested
  class InteractionsPassTheContract extends InteractionsContract {
    @Override
    protected Interactions newStore() {
      return stores().fresh().interactions();
    }
  }

  @Nested
  class ErasurePassesTheContract extends ErasureContract {
    private ContractStores shared;

    private ContractStores shared() {
      if (shared == null) {
        shared = stores().fresh();
      }
      return shared;
    }

    @Override
    protected Customers newCustomers() {
      return shared().customers();
    }

    @Override
    protected Complaints newComplaints() {
      return shared().complaints();
    }

    @Override
    protected StyleProfiles newStyleProfiles() {
      return shared().styleProfiles();
    }

    @Override
    protected Interactions newInteractions() {
      return shared().interactions();
    }

    @Override
    protected UnitOfWork unitOfWork() {
      return shared().unitOfWork();
    }
  }

  @Nested
  class StoresTogetherPassTheContract extends StorageContract {
    @Override
    protected ContractStores stores() {
      return JdbcContractSuite.this.stores();
    }
  }
}
