package io.crmkit.core.interaction.cadence;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.interaction.CommitmentLedger;
import io.crmkit.core.interaction.CommitmentRecord;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.interaction.InteractionHistory;
import io.crmkit.core.validation.Require;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the due list needs to know from the interaction record, per customer: when the last contact
 * took place and the commitments made. A store answers these itself (the last contact per customer
 * without loading every interaction); {@link #of(Map, Map)} wraps its answers.
 */
public interface ContactFacts {
  /** When the customer was last contacted; empty if never. */
  Optional<ZonedDateTime> lastContact(CustomerId customer);

  /** The customer's commitments with their outcomes; empty if none. */
  List<CommitmentRecord> commitments(CustomerId customer);

  /** Facts from a store's answers: last contact per customer and commitments per customer. */
  static ContactFacts of(Map<CustomerId, ZonedDateTime> lastContacts,
      Map<CustomerId, List<CommitmentRecord>> commitments) {
    Require.notNull(lastContacts, "contactFacts.lastContacts");
    Require.notNull(commitments, "contactFacts.commitments");
    return new ContactFacts() {
      @Override
      public Optional<ZonedDateTime> lastContact(CustomerId customer) {
        return Optional.ofNullable(lastContacts.get(customer));
      }

      @Override
      public List<CommitmentRecord> commitments(CustomerId customer) {
        return commitments.getOrDefault(customer, List.of());
      }
    };
  }

  /** Facts computed from interactions in hand (any customers, any revisions): for tests and small hosts. */
  static ContactFacts from(Collection<Interaction> interactions) {
    Require.notNull(interactions, "interactions");
    Map<CustomerId, List<Interaction>> byCustomer = new HashMap<>();
    for (Interaction i : interactions) {
      byCustomer.computeIfAbsent(i.customer(), k -> new java.util.ArrayList<>()).add(i);
    }
    Map<CustomerId, ZonedDateTime> last = new HashMap<>();
    Map<CustomerId, List<CommitmentRecord>> commitments = new HashMap<>();
    byCustomer.forEach((c, list) -> {
      InteractionHistory h = InteractionHistory.of(list);
      h.lastContact().ifPresent(t -> last.put(c, t));
      commitments.put(c, CommitmentLedger.of(h).all());
    });
    return of(last, commitments);
  }
}
