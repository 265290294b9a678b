package io.crmkit.persistence.contract;

import static io.crmkit.persistence.contract.ContractFixtures.acme;
import static io.crmkit.persistence.contract.ContractFixtures.complaint;
import static io.crmkit.persistence.contract.ContractFixtures.person;
import static io.crmkit.persistence.contract.CustomersContract.fact;
import static io.crmkit.persistence.contract.CustomersContract.runWriters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.persistence.Customers;
import io.crmkit.persistence.PageRequest;
import io.crmkit.persistence.StorageException;
import io.crmkit.persistence.VersionConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an adapter's stores must do together, on one database: a unit of work commits or rolls back
 * as a whole, what was saved reads back through new stores, overlapping batches neither lose nor
 * half-apply a save, and a failing or damaged storage surfaces as {@link StorageException}.
 * An adapter's test extends this class and supplies {@link #stores()}.
 */
public abstract class StorageContract {
  protected ContractStores stores;

  /** The adapter's factory; the kit resets it before each test. */
  protected abstract ContractStores stores();

  @BeforeEach
  void resetStores() {
    stores = stores();
    stores.reset();
  }

  @Test
  void requirement_aUnitOfWorkCommitsEverySaveOfEveryStoreTogether() {
    stores.unitOfWork().inTransaction(() -> {
      stores.customers().save(person(1));
      stores.complaints().save(complaint("CMP-U1"), 0);
      return stores.styleProfiles().save(StyleProfilesContract.analytical("c-00001", 2), 0);
    });
    assertThat(stores.customers().find(person(1).id())).isPresent();
    assertThat(stores.complaints().find(complaint("CMP-U1").id())).contains(complaint("CMP-U1"));
    assertThat(stores.styleProfiles().find(person(1).id())).isPresent();
  }

  @Test
  void requirement_aUnitOfWorkThatFailsLeavesNoSaveOfAnyStoreBehind() {
    assumeTrue(stores.unitOfWorkIsAtomic(), "the adapter's unit of work is not atomic");
    Customer stored = stores.customers().save(person(1));
    assertThatThrownBy(() -> stores.unitOfWork().inTransaction(() -> {
      stores.customers().save(stored.recordFact(fact("tier", "gold")));
      stores.customers().save(person(2));
      stores.complaints().save(complaint("CMP-U2"), 0);
      stores.styleProfiles().save(StyleProfilesContract.analytical("c-00002", 1), 0);
      return stores.customers().save(person(1)); // a conflict: person 1 is stored
    })).isInstanceOf(VersionConflictException.class);

    assertThat(stores.customers().find(person(1).id())).contains(stored);
    assertThat(stores.customers().find(person(2).id())).isEmpty();
    assertThat(stores.complaints().find(complaint("CMP-U2").id())).isEmpty();
    assertThat(stores.styleProfiles().find(person(2).id())).isEmpty();
  }

  @Test
  void requirement_aUnitOfWorkRollsBackOnAnyExceptionNotOnlyOnConflicts() {
    assumeTrue(stores.unitOfWorkIsAtomic(), "the adapter's unit of work is not atomic");
    IllegalStateException hostFailure = new IllegalStateException("the host's own step failed");
    assertThatThrownBy(() -> stores.unitOfWork().inTransaction(() -> {
      stores.customers().save(person(3));
      throw hostFailure;
    })).isSameAs(hostFailure);
    assertThat(stores.customers().find(person(3).id())).isEmpty();
  }

  @Test
  void requirement_whatWasSavedReadsBackThroughReopenedStores() {
    Customer saved = stores.customers().save(acme());
    Complaint c = complaint("CMP-R1");
    stores.complaints().append(c.id(), 0, c.history().subList(0, 2));
    stores.complaints().append(c.id(), 2, c.history().subList(2, c.history().size()));
    stores.styleProfiles().save(StyleProfilesContract.analytical("c-acme", 3), 0);

    ContractStores again = stores.reopen();
    assertThat(again.customers().find(saved.id())).contains(saved);
    assertThat(again.complaints().find(c.id())).contains(c);
    assertThat(again.styleProfiles().find(saved.id())).contains(StyleProfilesContract.analytical("c-acme", 3));
    // And the reopened stores continue where the first ones stopped.
    assertThat(again.customers().save(saved.recordFact(fact("tier", "gold"))).version()).isEqualTo(2);
    assertThatThrownBy(() -> again.customers().save(saved)).isInstanceOf(VersionConflictException.class);
  }

  @Test
  void requirement_overlappingSaveAllBatchesApplyWhollyOrNotAtAll() throws Exception {
    Customers customers = stores.customers();
    List<Customer> base = new ArrayList<>();
    for (int n = 0; n < 20; n++) {
      base.add(person(n));
    }
    customers.saveAll(base);
    AtomicInteger landed = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    // Eight writers, each saving an overlapping window of 10 of the 20 customers, read at version 1.
    runWriters(8, w -> {
      List<Customer> batch = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        Customer c = customers.find(person((w * 2 + i) % 20).id()).orElseThrow();
        batch.add(c.recordFact(fact("writer", "w" + w)));
      }
      try {
        customers.saveAll(batch);
        landed.incrementAndGet();
      } catch (VersionConflictException e) {
        refused.incrementAndGet();
      }
    });
    assertThat(landed.get() + refused.get()).isEqualTo(8);
    assertThat(landed.get()).isGreaterThanOrEqualTo(1);
    // Each stored customer is at version 1 + the number of landed batches that covered it, with one fact per batch.
    List<Customer> all = customers.stream().toList();
    assertThat(all).hasSize(20).allSatisfy(c -> assertThat(c.facts()).hasSize((int) c.version() - 1));
    // A batch is whole: either every customer of its window carries its fact, or none does.
    for (int w = 0; w < 8; w++) {
      String mark = "w" + w;
      long carrying = all.stream().filter(c -> c.facts().stream()
          .anyMatch(f -> f.value().map(mark::equals).orElse(false))).count();
      assertThat(carrying).as("customers carrying writer %d's fact", w).isIn(0L, 10L);
    }
  }

  @Test
  void requirement_aDamagedRecordIsAStorageExceptionNamingTheOperationNotAWrongCustomer() {
    Customer saved = stores.customers().save(person(1));
    stores.customers().save(person(2));
    assumeTrue(stores.damageCustomerRecord(saved.id()), "the store keeps no records to damage");
    assertThatThrownBy(() -> stores.customers().find(saved.id())).isInstanceOf(StorageException.class)
        .hasMessageContaining(saved.id().value());
    assertThatThrownBy(() -> stores.customers().stream().count()).isInstanceOf(StorageException.class);
    assertThat(stores.customers().find(person(2).id())).isPresent();
  }

  @Test
  void requirement_aFailingStorageIsAStorageExceptionForEveryOperation() {
    Customer saved = stores.customers().save(person(1));
    assumeTrue(stores.breakStorage(), "the storage cannot fail");
    CustomerId id = saved.id();
    assertThatThrownBy(() -> stores.customers().find(id)).isInstanceOf(StorageException.class);
    assertThatThrownBy(() -> stores.customers().save(saved)).isInstanceOf(StorageException.class);
    assertThatThrownBy(() -> stores.customers().saveAll(List.of(person(2)))).isInstanceOf(StorageException.class);
    assertThatThrownBy(() -> stores.customers().list(PageRequest.first(10))).isInstanceOf(StorageException.class);
    assertThatThrownBy(() -> stores.complaints().save(complaint("CMP-F1"), 0)).isInstanceOf(StorageException.class);
    assertThatThrownBy(() -> stores.styleProfiles().find(id)).isInstanceOf(StorageException.class);
    assertThatThrownBy(() -> stores.unitOfWork().inTransaction(() -> stores.customers().find(id)))
        .isInstanceOf(StorageException.class);
  }
}
