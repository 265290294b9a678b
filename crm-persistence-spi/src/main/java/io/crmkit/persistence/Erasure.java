package io.crmkit.persistence;

import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintAction;
import io.crmkit.core.complaint.ComplaintEvent;
import io.crmkit.core.complaint.ComplaintStep;
import io.crmkit.core.complaint.ImmutableComplaintEvent;
import io.crmkit.core.complaint.ImmutableReceipt;
import io.crmkit.core.complaint.Receipt;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.sales.Order;
import io.crmkit.core.customer.sales.Product;
import io.crmkit.core.validation.Require;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The right to be forgotten: removes a customer's personal and confidential data from every store,
 * under its id and every alias (records merged into it), and records the erasure without personal
 * data. Interactions keep their channels, times, purposes and promise outcomes for the
 * figures, filed under the erasure's random surrogate instead of the customer's id; their personal
 * content (summaries, contact persons, promise wording) is erased.
 *
 * <p>What is removed: the customer record itself (name, contact points and preferences, contact
 * persons, facts, related parties, consents, needs, next action, potential volume, quotations,
 * aliases, merges, account managers), the style profile, and in every other customer the consents
 * and related-party links that name any of the erased ids. Complaints filed under any of the ids
 * keep their steps, states, times and the costs of concessions for complaint analytics, but their
 * notes, the customer's words and the remedy asked read {@link #ERASED}, the complainant is a
 * random surrogate and the difficult-customer tags are dropped (the history is renumbered).
 *
 * <p>What is kept for statistics, under a fresh random surrogate id ({@link Pseudonyms#surrogate()}),
 * never under the customer's id: the orders' dates, unit prices and quantities, which value scoring
 * reads; their products read {@link #ERASED} and their ids are renumbered. The {@link ErasureRecord}
 * holds a keyed pseudonym of the id, not the surrogate, so the statistics cannot be tied back.
 *
 * <p>After the unit of work commits, {@link UnitOfWork#purgeRemovedData()} lets the store rewrite
 * its files so that the erased values do not survive on disk.
 */
public final class Erasure {
  /** What erased text reads. */
  public static final String ERASED = "[erased]";

  private Erasure() {}

  /** Erases {@code id} and its aliases from the customer and complaint stores inside one unit of work. */
  public static ErasureRecord erase(CustomerId id, Pseudonyms pseudonyms, Customers customers, Complaints complaints,
      UnitOfWork unitOfWork, Clock clock) {
    return erase(id, pseudonyms, customers, complaints, Optional.empty(), Optional.empty(), unitOfWork, clock);
  }

  /** Erases {@code id} and its aliases from every store, style profiles included, inside one unit of work. */
  public static ErasureRecord erase(CustomerId id, Pseudonyms pseudonyms, Customers customers, Complaints complaints,
      StyleProfiles styleProfiles, UnitOfWork unitOfWork, Clock clock) {
    Require.notNull(styleProfiles, "styleProfiles");
    return erase(id, pseudonyms, customers, complaints, Optional.of(styleProfiles), Optional.empty(), unitOfWork,
        clock);
  }

  /**
   * Erases {@code id} and its aliases from every store inside one unit of work: the style profile is
   * removed and the personal content of the interactions (summaries, contact persons, promise
   * wording) is erased.
   */
  public static ErasureRecord erase(CustomerId id, Pseudonyms pseudonyms, Customers customers, Complaints complaints,
      StyleProfiles styleProfiles, Interactions interactions, UnitOfWork unitOfWork, Clock clock) {
    Require.notNull(styleProfiles, "styleProfiles");
    Require.notNull(interactions, "interactions");
    return erase(id, pseudonyms, customers, complaints, Optional.of(styleProfiles), Optional.of(interactions),
        unitOfWork, clock);
  }

  private static ErasureRecord erase(CustomerId id, Pseudonyms pseudonyms, Customers customers,
      Complaints complaints, Optional<StyleProfiles> styleProfiles, Optional<Interactions> interactions,
      UnitOfWork unitOfWork, Clock clock) {
    Require.notNull(id, "customerId");
    Require.notNull(pseudonyms, "pseudonyms");
    Require.notNull(customers, "customers");
    Require.notNull(complaints, "complaints");
    Require.notNull(unitOfWork, "unitOfWork");
    Require.notNull(clock, "clock");
    ErasureRecord record = unitOfWork.inTransaction(() -> {
      Optional<Customer> subject = customers.findKnownAs(id);
      Set<CustomerId> ids = new LinkedHashSet<>();
      ids.add(id);
      subject.ifPresent(s -> {
        ids.add(s.id());
        ids.addAll(s.aliases());
      });
      CustomerId surrogate = pseudonyms.surrogate();
      for (CustomerId each : ids) {
        customers.find(each).ifPresent(c -> customers.delete(c.id(), c.version()));
      }
      subject.filter(s -> !s.orders().isEmpty()).ifPresent(s -> customers.save(statisticsOf(s, surrogate)));
      int links = removeLinks(customers, ids);
      int touched = 0;
      for (CustomerId each : ids) {
        touched += complaints.eraseComplainant(each, surrogate);
      }
      boolean profile = false;
      if (styleProfiles.isPresent()) {
        for (CustomerId each : ids) {
          profile |= styleProfiles.get().erase(each);
        }
      }
      int contacts = 0;
      if (interactions.isPresent()) {
        for (CustomerId each : ids) {
          contacts += interactions.get().erasePersonalContent(each, surrogate);
        }
      }
      return ImmutableErasureRecord.builder().subjectPseudonym(pseudonyms.of(id))
          .pseudonymKeyId(pseudonyms.currentKeyId()).erasedAt(clock.instant()).customerErased(subject.isPresent())
          .aliasesErased(ids.size() - 1).complaintsErased(touched).styleProfileErased(profile).linksRemoved(links)
          .interactionsErased(contacts)
          .build();
    });
    unitOfWork.purgeRemovedData();
    return record;
  }

  /** Removes, from every other customer, the consents and related-party links naming an erased id. */
  private static int removeLinks(Customers customers, Set<CustomerId> ids) {
    List<Customer> naming = customers.stream().filter(c -> c.consents().stream().anyMatch(k -> ids.contains(k.grantee()))
        || c.relatedParties().stream().anyMatch(r -> ids.contains(r.party()))).collect(Collectors.toList());
    int removed = 0;
    for (Customer c : naming) {
      Customer unlinked = Customer.builder().from(c)
          .consents(c.consents().stream().filter(k -> !ids.contains(k.grantee())).collect(Collectors.toList()))
          .relatedParties(c.relatedParties().stream().filter(r -> !ids.contains(r.party())).collect(Collectors.toList()))
          .build();
      removed += c.consents().size() - unlinked.consents().size()
          + c.relatedParties().size() - unlinked.relatedParties().size();
      customers.save(unlinked);
    }
    return removed;
  }

  /**
   * The complaint without anything personal, filed under {@code surrogate}: notes, the customer's
   * words and the remedy asked read {@link #ERASED}, the difficult-customer tags are dropped and the
   * remaining steps renumbered; steps, actors, states, times and concession costs stay.
   */
  public static Complaint erased(Complaint complaint, CustomerId surrogate) {
    Require.notNull(complaint, "complaint");
    Require.notNull(surrogate, "surrogate");
    List<ComplaintEvent> kept = new ArrayList<>();
    for (ComplaintEvent e : complaint.history()) {
      if (e.step() == ComplaintStep.TAG_DIFFICULT_CUSTOMER) {
        continue;
      }
      kept.add(erased(e, surrogate, kept.size() + 1));
    }
    return Complaint.replay(complaint.id(), kept);
  }

  private static ComplaintEvent erased(ComplaintEvent e, CustomerId surrogate, int sequence) {
    ImmutableComplaintEvent.Builder b = ImmutableComplaintEvent.builder().from(e).sequence(sequence).note(ERASED);
    if (e.action() instanceof ComplaintAction.Receive received) {
      Receipt r = received.receipt();
      b.action(new ComplaintAction.Receive(ImmutableReceipt.copyOf(r).withComplainant(surrogate)
          .withWhatHappened(ERASED).withRemedyRequested(r.remedyRequested().map(x -> ERASED))));
    }
    return b.build();
  }

  /** What is kept of {@code c} for statistics, under {@code surrogate}: order dates, prices and quantities. */
  static Customer statisticsOf(Customer c, CustomerId surrogate) {
    List<Order> orders = new ArrayList<>();
    for (Order o : c.orders()) {
      orders.add(Order.builder().orderId(surrogate.value() + "-" + (orders.size() + 1)).orderDate(o.orderDate())
          .shipDate(o.shipDate()).product(Product.of(ERASED, ERASED)).unitPrice(o.unitPrice())
          .quantity(o.quantity()).build());
    }
    return Customer.builder().id(surrogate).kind(c.kind()).displayName(ERASED).orders(orders).build();
  }
}
