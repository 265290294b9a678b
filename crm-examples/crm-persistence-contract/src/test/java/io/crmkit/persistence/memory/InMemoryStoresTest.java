package io.crmkit.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.persistence.Complaints;
import io.crmkit.persistence.Customers;
import io.crmkit.persistence.Interactions;
import io.crmkit.persistence.contract.InteractionsContract;
import io.crmkit.persistence.PageRequest;
import io.crmkit.persistence.StyleProfiles;
import io.crmkit.persistence.UnitOfWork;
import io.crmkit.persistence.contract.ComplaintsContract;
import io.crmkit.persistence.contract.ContractStores;
import io.crmkit.persistence.contract.CustomersContract;
import io.crmkit.persistence.contract.ErasureContract;
import io.crmkit.persistence.contract.StorageContract;
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

  @Nested
  class StoresTogetherPassTheContract extends StorageContract {
    @Override
    protected ContractStores stores() {
      return new InMemoryContractStores();
    }
  }

  /**
   * The reference's factory: reset makes new, empty stores; reopening shows the same memory, the
   * only place the reference keeps anything. Its unit of work is {@link UnitOfWork#none()} (each
   * operation atomic on its own, no rollback across stores), so the kit skips the rollback tests.
   */
  static final class InMemoryContractStores implements ContractStores {
    private InMemoryCustomers customers = new InMemoryCustomers();
    private InMemoryComplaints complaints = new InMemoryComplaints();
    private InMemoryStyleProfiles styleProfiles = new InMemoryStyleProfiles();
    private InMemoryInteractions interactions = new InMemoryInteractions();

    @Override
    public Customers customers() {
      return customers;
    }

    @Override
    public Complaints complaints() {
      return complaints;
    }

    @Override
    public StyleProfiles styleProfiles() {
      return styleProfiles;
    }

    @Override
    public Interactions interactions() {
      return interactions;
    }

    @Override
    public UnitOfWork unitOfWork() {
      return UnitOfWork.none();
    }

    @Override
    public void reset() {
      customers = new InMemoryCustomers();
      complaints = new InMemoryComplaints();
      styleProfiles = new InMemoryStyleProfiles();
      interactions = new InMemoryInteractions();
    }

    @Override
    public ContractStores reopen() {
      return this;
    }

    @Override
    public boolean unitOfWorkIsAtomic() {
      return false;
    }
  }
}
