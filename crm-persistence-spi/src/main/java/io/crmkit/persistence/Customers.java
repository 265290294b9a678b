package io.crmkit.persistence;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a host keeps its customers. {@link Customer#version()} is the optimistic-concurrency
 * version: a save names the version it was read at (0 for a new customer) and stores version + 1;
 * a stale version raises {@link VersionConflictException} and overwrites nothing.
 */
public interface Customers {
  /** The aggregate name conflicts carry ({@link VersionConflictException#aggregate()}). */
  String AGGREGATE = "Customer";
  /** The rule a {@link #saveAll} batch naming one customer twice breaks (field {@code customers}). */
  String EACH_CUSTOMER_ONCE = "must name each customer once";

  Optional<Customer> find(CustomerId id);

  /**
   * Stores {@code customer} if the stored version is {@code customer.version()} (none stored for 0).
   *
   * @return the customer as stored, at version + 1
   * @throws VersionConflictException if the stored version differs
   */
  Customer save(Customer customer);

  /**
   * Stores every customer or none: a conflict on any of them raises its
   * {@link VersionConflictException} and leaves the store as it was. For bulk loads; adapters may
   * batch them (one round trip, one transaction).
   *
   * @return the customers as stored, each at version + 1, in the given order
   */
  List<Customer> saveAll(List<Customer> customers);

  /**
   * Removes the customer stored at {@code expectedVersion}.
   *
   * @throws VersionConflictException if the stored version differs (or nothing is stored)
   */
  void delete(CustomerId id, long expectedVersion);

  /** One page of customers in id order. */
  Page<Customer> list(PageRequest request);

  /** Every customer in id order, a page at a time. */
  default Stream<Customer> stream() {
    return Paging.stream(this::list, 500);
  }
}
