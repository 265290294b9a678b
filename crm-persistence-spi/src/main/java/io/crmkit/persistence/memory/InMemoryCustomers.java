package io.crmkit.persistence.memory;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.ImmutableCustomer;
import io.crmkit.core.validation.Require;
import io.crmkit.persistence.Customers;
import io.crmkit.persistence.Page;
import io.crmkit.persistence.PageRequest;
import io.crmkit.persistence.VersionConflictException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The in-memory reference store of customers: thread-safe (each save is an atomic compare-and-set
 * on one key of a hash map, with a sorted set of ids beside it for paging; {@link #saveAll} holds out every other writer while it checks and writes), ordered by
 * id for stable paging. The default for tests and the course tour.
 */
public final class InMemoryCustomers implements Customers {
  private final ConcurrentHashMap<String, Customer> byId = new ConcurrentHashMap<>();
  /** The stored ids in order, for paging; changed only when a customer is added or deleted. */
  private final ConcurrentSkipListSet<String> ids = new ConcurrentSkipListSet<>();
  /** Single writes share it; saveAll takes it alone, so its batch is all-or-nothing. */
  private final ReadWriteLock writers = new ReentrantReadWriteLock();
  private final Clock clock;

  /** A store on the system clock, which bounds the dates of new facts. */
  public InMemoryCustomers() {
    this(Clock.systemUTC());
  }

  /** A store whose {@code clock} bounds the dates of new facts. */
  public InMemoryCustomers(Clock clock) {
    this.clock = Require.notNull(clock, "clock");
  }

  @Override
  public Optional<Customer> find(CustomerId id) {
    Require.notNull(id, "customerId");
    return Optional.ofNullable(byId.get(id.value()));
  }

  @Override
  public Customer save(Customer customer) {
    Require.notNull(customer, "customer");
    Customer next = ImmutableCustomer.copyOf(customer).withVersion(customer.version() + 1);
    Lock lock = writers.readLock();
    lock.lock();
    try {
      return byId.compute(customer.id().value(), (key, stored) -> {
        long actual = stored == null ? 0 : stored.version();
        if (actual != customer.version()) {
          throw new VersionConflictException(AGGREGATE, key, customer.version(), actual);
        }
        Customers.requireContinues(stored, customer, clock.instant());
        if (stored == null) {
          ids.add(key);
        }
        return next;
      });
    } finally {
      lock.unlock();
    }
  }

  @Override
  public List<Customer> saveAll(List<Customer> customers) {
    Require.notNull(customers, "customers");
    List<Customer> next = new ArrayList<>(customers.size());
    Map<String, Long> versions = new HashMap<>();
    for (Customer c : customers) {
      Require.notNull(c, "customers[" + next.size() + "]");
      Long seen = versions.put(c.id().value(), c.version() + 1);
      Require.that(seen == null, "customers", EACH_CUSTOMER_ONCE, c.id());
      next.add(ImmutableCustomer.copyOf(c).withVersion(c.version() + 1));
    }
    Lock lock = writers.writeLock();
    lock.lock();
    try {
      for (Customer c : customers) {
        Customer stored = byId.get(c.id().value());
        long actual = stored == null ? 0 : stored.version();
        if (actual != c.version()) {
          throw new VersionConflictException(AGGREGATE, c.id().value(), c.version(), actual);
        }
        Customers.requireContinues(stored, c, clock.instant());
      }
      for (Customer c : next) {
        byId.put(c.id().value(), c);
        ids.add(c.id().value());
      }
      return List.copyOf(next);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void delete(CustomerId id, long expectedVersion) {
    Require.notNull(id, "customerId");
    Lock lock = writers.readLock();
    lock.lock();
    try {
      byId.compute(id.value(), (key, stored) -> {
        long actual = stored == null ? 0 : stored.version();
        if (stored == null || actual != expectedVersion) {
          throw new VersionConflictException(AGGREGATE, key, expectedVersion, actual);
        }
        ids.remove(key);
        return null;
      });
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Page<Customer> list(PageRequest request) {
    Require.notNull(request, "request");
    return SkipListPages.page(ids, byId::get, request);
  }
}
