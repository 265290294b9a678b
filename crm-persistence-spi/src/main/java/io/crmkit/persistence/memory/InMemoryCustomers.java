package io.crmkit.persistence.memory;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.ImmutableCustomer;
import io.crmkit.core.value.Require;
import io.crmkit.persistence.Customers;
import io.crmkit.persistence.Page;
import io.crmkit.persistence.PageRequest;
import io.crmkit.persistence.VersionConflictException;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The in-memory reference store of customers: thread-safe (each save is an atomic compare-and-set
 * on one key), ordered by id for stable paging. The default for tests and the course tour.
 */
public final class InMemoryCustomers implements Customers {
  private final ConcurrentSkipListMap<String, Customer> byId = new ConcurrentSkipListMap<>();

  @Override
  public Optional<Customer> find(CustomerId id) {
    Require.notNull(id, "customerId");
    return Optional.ofNullable(byId.get(id.value()));
  }

  @Override
  public Customer save(Customer customer) {
    Require.notNull(customer, "customer");
    Customer next = ImmutableCustomer.copyOf(customer).withVersion(customer.version() + 1);
    Customer result = byId.compute(customer.id().value(), (key, stored) -> {
      long actual = stored == null ? 0 : stored.version();
      if (actual != customer.version()) {
        throw new VersionConflictException("Customer", key, customer.version(), actual);
      }
      return next;
    });
    return result;
  }

  @Override
  public void delete(CustomerId id, long expectedVersion) {
    Require.notNull(id, "customerId");
    byId.compute(id.value(), (key, stored) -> {
      long actual = stored == null ? 0 : stored.version();
      if (stored == null || actual != expectedVersion) {
        throw new VersionConflictException("Customer", key, expectedVersion, actual);
      }
      return null;
    });
  }

  @Override
  public Page<Customer> list(PageRequest request) {
    Require.notNull(request, "request");
    return SkipListPages.page(byId, request);
  }
}
