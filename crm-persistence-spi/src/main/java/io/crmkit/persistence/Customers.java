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
   * The customer stored under {@code id} or holding it as an alias (a record merged into it). The
   * default scans the store; adapters with an alias index may do better.
   */
  default Optional<Customer> findKnownAs(CustomerId id) {
    Optional<Customer> direct = find(id);
    return direct.isPresent() ? direct : stream().filter(c -> c.aliases().contains(id)).findFirst();
  }

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

  /**
   * The check every store makes before writing {@code next} over {@code stored} (null if none):
   * the stored fact history must be a prefix of the new one, revision for revision (facts are
   * append-only; revisions are compared by their unforgeable identity, so a rebuilt fact with the
   * same fields is not the stored one), and no new fact may be recorded or verified after
   * {@code now}, as a fact dated in the future would stay current forever. The message names ids
   * and counts, never a value.
   *
   * @throws HistoryConflictException if {@code next} drops, rewrites or reorders a stored fact, or
   *     adds one dated after now
   */
  static void requireContinues(Customer stored, Customer next, java.time.Instant now) {
    java.util.List<io.crmkit.core.customer.profile.ProfileFact> kept = stored == null ? java.util.List.of() : stored.facts();
    java.util.List<io.crmkit.core.customer.profile.ProfileFact> facts = next.facts();
    if (facts.size() < kept.size() || !facts.subList(0, kept.size()).equals(kept)) {
      throw new HistoryConflictException("Customer", next.id().value(), "the fact history must keep the "
          + kept.size() + " stored fact revisions in order and only add to them");
    }
    for (int i = kept.size(); i < facts.size(); i++) {
      io.crmkit.core.customer.profile.ProfileFact f = facts.get(i);
      if (f.recordedAt().isAfter(now) || f.lastVerifiedAt().map(v -> v.isAfter(now)).orElse(false)) {
        throw new HistoryConflictException("Customer", next.id().value(), "fact revision " + i + " ("
            + f.key() + ") is dated in the future, after now " + now);
      }
    }
  }

  /** Every customer in id order, a page at a time. */
  default Stream<Customer> stream() {
    return Paging.stream(this::list, 500);
  }
}
