package io.crmkit.persistence.contract;

import static io.crmkit.persistence.contract.ContractFixtures.NOW;
import static io.crmkit.persistence.contract.ContractFixtures.acme;
import static io.crmkit.persistence.contract.ContractFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.confidentiality.Sensitivity;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.persistence.Customers;
import io.crmkit.persistence.Page;
import io.crmkit.persistence.PageRequest;
import io.crmkit.persistence.VersionConflictException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Customers} adapter must do. An adapter's test extends this class and supplies
 * a fresh, empty store; each test names the requirement it checks.
 */
public abstract class CustomersContract {
  protected Customers customers;

  /** A new, empty store. */
  protected abstract Customers newStore();

  @BeforeEach
  void createStore() {
    customers = newStore();
  }

  @Test
  void requirement_everyFieldRoundTripsConfidentialOnesIncluded() {
    Customer acme = acme();
    Customer saved = customers.save(acme);

    Customer found = customers.find(acme.id()).orElseThrow();
    assertThat(found).isEqualTo(saved);
    assertThat(found).isEqualTo(acme.withVersion(1));
    assertThat(found.fact(FactKey.of("annual-revenue")).orElseThrow().sensitivity()).isEqualTo(Sensitivity.CONFIDENTIAL);
  }

  @Test
  void requirement_aNewCustomerIsStoredAtVersionOneAndEachSaveAddsOne() {
    Customer v1 = customers.save(person(1));
    Customer v2 = customers.save(v1.recordFact(fact("occupation", "teacher")));
    assertThat(v1.version()).isEqualTo(1);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(customers.find(v1.id()).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void requirement_aStaleVersionIsAConflictNamingBothVersionsAndNothingIsOverwritten() {
    Customer v1 = customers.save(person(1));
    customers.save(v1.recordFact(fact("occupation", "teacher")));

    assertThatThrownBy(() -> customers.save(v1.recordFact(fact("occupation", "pilot"))))
        .isInstanceOf(VersionConflictException.class)
        .hasMessage("Customer c-00001: expected version 1 but the stored version is 2; reload and retry");
    assertThat(customers.find(v1.id()).orElseThrow().fact(FactKey.of("occupation")).orElseThrow().value())
        .contains("teacher");
  }

  @Test
  void requirement_savingANewCustomerOverAnExistingIdIsAConflict() {
    customers.save(person(1));
    assertThatThrownBy(() -> customers.save(person(1))).isInstanceOf(VersionConflictException.class);
  }

  @Test
  void requirement_deleteNeedsTheCurrentVersion() {
    Customer v1 = customers.save(person(1));
    assertThatThrownBy(() -> customers.delete(v1.id(), 7)).isInstanceOf(VersionConflictException.class);
    customers.delete(v1.id(), 1);
    assertThat(customers.find(v1.id())).isEmpty();
    assertThatThrownBy(() -> customers.delete(v1.id(), 1)).isInstanceOf(VersionConflictException.class);
  }

  @Test
  void requirement_eightWritersOnOneCustomerLoseNoUpdateAndEveryConflictIsReported() throws Exception {
    customers.save(person(1));
    AtomicInteger conflicts = new AtomicInteger();
    AtomicInteger attempts = new AtomicInteger();
    int perWriter = 25;
    runWriters(8, w -> {
      for (int i = 0; i < perWriter; i++) {
        while (true) {
          Customer current = customers.find(CustomerId.of("c-00001")).orElseThrow();
          attempts.incrementAndGet();
          try {
            customers.save(current.recordFact(fact("note-" + w + "-" + i, "x")));
            break;
          } catch (VersionConflictException e) {
            conflicts.incrementAndGet();
          }
        }
      }
    });
    Customer last = customers.find(CustomerId.of("c-00001")).orElseThrow();
    assertThat(last.facts()).hasSize(8 * perWriter);
    assertThat(last.version()).isEqualTo(1 + 8 * perWriter);
    // Every attempt either landed or was reported as a conflict: none failed silently.
    assertThat(attempts.get()).isEqualTo(8 * perWriter + conflicts.get());
  }

  @Test
  void requirement_eightWritersOnDifferentCustomersDoNotInterfere() throws Exception {
    runWriters(8, w -> {
      Customer c = customers.save(person(100 + w));
      for (int i = 0; i < 20; i++) {
        c = customers.save(c.recordFact(fact("f-" + i, "v")));
      }
    });
    for (int w = 0; w < 8; w++) {
      assertThat(customers.find(person(100 + w).id()).orElseThrow().version()).isEqualTo(21);
    }
  }

  @Test
  void requirement_pagingIsCompleteAndStableWhileWritesHappen() throws Exception {
    for (int n = 0; n < 300; n++) {
      customers.save(person(n));
    }
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService writer = Executors.newSingleThreadExecutor();
    Future<?> writes = writer.submit(() -> {
      int n = 0;
      while (!stop.get()) {
        // The only writer: a conflict here would fail the future and the test.
        Customer c = customers.find(person(n % 300).id()).orElseThrow();
        customers.save(c.recordFact(fact("touch", "t" + n)));
        n++;
      }
    });
    List<String> seen = new ArrayList<>();
    Page<Customer> page = customers.list(PageRequest.first(37));
    while (true) {
      page.items().forEach(c -> seen.add(c.id().value()));
      if (page.nextCursor().isEmpty()) {
        break;
      }
      page = customers.list(PageRequest.after(page.nextCursor().get(), 37));
    }
    stop.set(true);
    writes.get(10, TimeUnit.SECONDS);
    writer.shutdown();
    Set<String> expected = new HashSet<>();
    for (int n = 0; n < 300; n++) {
      expected.add(person(n).id().value());
    }
    assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    assertThat(customers.stream().map(c -> c.id().value()).collect(Collectors.toList())).isEqualTo(seen);
  }

  @Test
  void requirement_saveAllStoresEveryCustomerOrNoneOnAConflict() {
    Customer stored = customers.save(person(1));
    assertThatThrownBy(() -> customers.saveAll(List.of(person(2), person(3), person(1))))
        .isInstanceOf(VersionConflictException.class)
        .hasMessage("Customer c-00001: expected version 0 but the stored version is 1; reload and retry");
    assertThat(customers.find(person(2).id())).isEmpty();
    assertThat(customers.find(person(1).id())).contains(stored);

    List<Customer> saved = customers.saveAll(List.of(person(2), stored.recordFact(fact("tier", "gold")), person(3)));
    assertThat(saved).extracting(Customer::version).containsExactly(1L, 2L, 1L);
    assertThat(customers.stream()).containsExactlyElementsOf(List.of(saved.get(1), saved.get(0), saved.get(2)));
  }

  @Test
  void requirement_theLargestValuesTheModelAllowsRoundTripAndLargerOnesAreRefusedBeforeTheStore() {
    String id = "c-" + "9".repeat(62);
    String longText = "\u4e2d\u6587\ud83d\ude00".repeat(500);
    Customer big = Customer.person(CustomerId.of(id), longText);
    for (int i = 0; i < 200; i++) {
      big = big.recordFact(ProfileFact.builder().key(FactKey.of("k-" + i)).category(FactCategory.FINANCIAL)
          .sensitivity(Sensitivity.CONFIDENTIAL).content(longText).source("contract test").recordedAt(NOW).build());
    }
    Customer saved = customers.save(big);
    assertThat(customers.find(CustomerId.of(id))).contains(saved);
    assertThatThrownBy(() -> CustomerId.of(id + "9")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("customerId must be 1-64 characters");
    assertThatThrownBy(() -> Customer.person(CustomerId.of("c-1"), longText + "x"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("at most 2000 characters");
  }

  @Test
  void requirement_badInputGetsAClearError() {
    assertThatThrownBy(() -> customers.find(null)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("customerId must not be null");
    assertThatThrownBy(() -> customers.save(null)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("customer must not be null");
    assertThatThrownBy(() -> customers.delete(null, 1)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("customerId must not be null");
    assertThatThrownBy(() -> customers.saveAll(List.of(person(5), person(5)))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("customers must name each customer once");
    assertThat(customers.find(person(5).id())).isEmpty();
    assertThatThrownBy(() -> PageRequest.first(0)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("pageRequest.size must be within 1..1000");
  }

  protected static ProfileFact fact(String key, String value) {
    return ProfileFact.builder().key(FactKey.of(key)).category(FactCategory.BEHAVIORAL)
        .sensitivity(Sensitivity.INTERNAL).content(value).source("contract test").recordedAt(NOW).build();
  }

  /** Runs {@code n} writers at once and rethrows the first failure. */
  protected static void runWriters(int n, Writer writer) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int w = 0; w < n; w++) {
        int id = w;
        running.add(pool.submit(() -> {
          writer.write(id);
          return null;
        }));
      }
      for (Future<?> f : running) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** One writer's work. */
  @FunctionalInterface
  protected interface Writer {
    void write(int writer) throws Exception;
  }
}
