package io.crmkit.persistence.memory;

import io.crmkit.persistence.Complaints;
import io.crmkit.persistence.Customers;
import io.crmkit.persistence.contract.ComplaintsContract;
import io.crmkit.persistence.contract.CustomersContract;
import io.crmkit.persistence.contract.ErasureContract;
import org.junit.jupiter.api.Nested;

/** The in-memory reference store passes the whole contract kit. */
class InMemoryStoresTest {

  @Nested
  class CustomersPassTheContract extends CustomersContract {
    @Override
    protected Customers newStore() {
      return new InMemoryCustomers();
    }
  }

  @Nested
  class ComplaintsPassTheContract extends ComplaintsContract {
    @Override
    protected Complaints newStore() {
      return new InMemoryComplaints();
    }
  }

  @Nested
  class ErasurePassesTheContract extends ErasureContract {
    @Override
    protected Customers newCustomers() {
      return new InMemoryCustomers();
    }

    @Override
    protected Complaints newComplaints() {
      return new InMemoryComplaints();
    }
  }
}
