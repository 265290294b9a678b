package io.crmkit.persistence;

import com.google.common.hash.Hashing;
import io.crmkit.core.complaint.ComplaintAction;
import io.crmkit.core.complaint.ComplaintEvent;
import io.crmkit.core.complaint.ImmutableComplaintEvent;
import io.crmkit.core.complaint.ImmutableReceipt;
import io.crmkit.core.complaint.Receipt;
import io.crmkit.core.customer.contact.ContactPreferences;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.ImmutableMergeRecord;
import io.crmkit.core.customer.sales.ImmutableOrder;
import io.crmkit.core.validation.Require;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The right to be forgotten: removes a customer's personal and confidential data from every store
 * while keeping the anonymous figures aggregate scoring needs (orders with dates and amounts,
 * quotations, complaint steps and times, interaction channels, times, purposes and promise outcomes),
 * and records the erasure without personal data.
 *
 * <p>Kept on the customer: id, kind, orders (notes removed), quotations, potential volume, account
 * managers, aliases. Removed: name (set to {@link #ERASED}), contact points and preferences,
 * contact persons, profile facts, related parties, consents, needs, the next action, merge evidence.
 */
public final class Erasure {
  /** What erased text reads. */
  public static final String ERASED = "[erased]";

  private Erasure() {}

  /** Erases {@code id} from the customer and complaint stores inside one unit of work. */
  public static ErasureRecord erase(CustomerId id, Customers customers, Complaints complaints, UnitOfWork unitOfWork,
      Clock clock) {
    return erase(id, customers, complaints, Optional.empty(), Optional.empty(), unitOfWork, clock);
  }

  /** Erases {@code id} from every store, its style profile included, inside one unit of work. */
  public static ErasureRecord erase(CustomerId id, Customers customers, Complaints complaints,
      StyleProfiles styleProfiles, UnitOfWork unitOfWork, Clock clock) {
    Require.notNull(styleProfiles, "styleProfiles");
    return erase(id, customers, complaints, Optional.of(styleProfiles), Optional.empty(), unitOfWork, clock);
  }

  /**
   * Erases {@code id} from every store inside one unit of work: the style profile is removed and the
   * personal content of the interactions (summaries, contact persons, promise wording) is erased.
   */
  public static ErasureRecord erase(CustomerId id, Customers customers, Complaints complaints,
      StyleProfiles styleProfiles, Interactions interactions, UnitOfWork unitOfWork, Clock clock) {
    Require.notNull(styleProfiles, "styleProfiles");
    Require.notNull(interactions, "interactions");
    return erase(id, customers, complaints, Optional.of(styleProfiles), Optional.of(interactions), unitOfWork,
        clock);
  }

  private static ErasureRecord erase(CustomerId id, Customers customers, Complaints complaints,
      Optional<StyleProfiles> styleProfiles, Optional<Interactions> interactions, UnitOfWork unitOfWork,
      Clock clock) {
    Require.notNull(id, "customerId");
    Require.notNull(customers, "customers");
    Require.notNull(complaints, "complaints");
    Require.notNull(unitOfWork, "unitOfWork");
    Require.notNull(clock, "clock");
    return unitOfWork.inTransaction(() -> {
      Optional<Customer> stored = customers.find(id);
      stored.ifPresent(c -> customers.save(anonymized(c)));
      int touched = complaints.eraseComplainant(id);
      boolean profile = styleProfiles.map(p -> p.erase(id)).orElse(false);
      int contacts = interactions.map(i -> i.erasePersonalContent(id)).orElse(0);
      return ImmutableErasureRecord.builder()
          .subjectPseudonym(Hashing.sha256().hashString(id.value(), StandardCharsets.UTF_8).toString())
          .erasedAt(clock.instant()).customerErased(stored.isPresent()).complaintsErased(touched)
          .styleProfileErased(profile).interactionsErased(contacts).build();
    });
  }

  /**
   * The event without personal text: its note, and a receipt's account of what happened and the
   * remedy asked, read {@link #ERASED}; step, actor, time, states and the other actions' data stay.
   */
  public static ComplaintEvent erased(ComplaintEvent e) {
    ImmutableComplaintEvent.Builder b = ImmutableComplaintEvent.builder().from(e).note(ERASED);
    if (e.action() instanceof ComplaintAction.Receive received) {
      Receipt r = received.receipt();
      b.action(new ComplaintAction.Receive(ImmutableReceipt.copyOf(r).withWhatHappened(ERASED)
          .withRemedyRequested(r.remedyRequested().map(x -> ERASED))));
    }
    return b.build();
  }

  /** The customer without personal data, at the same version (ready to save over the stored one). */
  public static Customer anonymized(Customer c) {
    return Customer.builder().id(c.id()).version(c.version()).kind(c.kind()).displayName(ERASED)
        .contactPreferences(ContactPreferences.NONE).accountManagers(c.accountManagers())
        .orders(c.orders().stream().map(o -> ImmutableOrder.copyOf(o).withNotes(Optional.empty()))
            .collect(Collectors.toList()))
        .quotations(c.quotations()).potentialVolume(c.potentialVolume()).aliases(c.aliases())
        .merges(c.merges().stream().map(m -> ImmutableMergeRecord.copyOf(m).withEvidence(List.of(ERASED)))
            .collect(Collectors.toList()))
        .build();
  }
}
