package io.crmkit.persistence.memory;

import io.crmkit.persistence.Complaints;
import io.crmkit.persistence.Customers;
import io.crmkit.persistence.Interactions;
import io.crmkit.persistence.contract.InteractionsContract;
import io.crmkit.persistence.StyleProfiles;
import io.crmkit.persistence.contract.ComplaintsContract;
import io.crmkit.persistence.contract.CustomersContract;
import io.crmkit.persistence.contract.ErasureContract;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.persistence.PageRequest;
import io.crmkit.persistence.contract.StyleProfilesContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The in-memory reference store passes the whole contract kit. */
class InMemoryStoresTest {

  @Test
  void aNewReferenceStoreIsEmptyAndSaysSoOnItsFirstPage() {
    assertThat(new InMemoryCustomers().list(PageRequest.first(10)).items()).isEmpty();
    assertThat(new InMemoryCustomers().list(PageRequest.first(10)).nextCursor()).isEmpty();
    assertThat(new InMemoryComplaints().stream()).isEmpty();
  }

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
  class StyleProfilesPassTheContract extends StyleProfilesContract {
    @Override
    protected StyleProfiles newStore() {
      return new InMemoryStyleProfiles();
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

    @Override
    protected StyleProfiles newStyleProfiles() {
      return new InMemoryStyleProfiles();
    }

    @Override
    protected Interactions newInteractions() {
      return new InMemoryInteractions();
    }
  }

  @Nested
  class InteractionsPassTheContract extends InteractionsContract {
    @Override
    protected Interactions newStore() {
      return new InMemoryInteractions();
    }
  }
}
