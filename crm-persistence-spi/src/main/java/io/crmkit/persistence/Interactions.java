package io.crmkit.persistence;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.interaction.CommitmentLedger;
import io.crmkit.core.interaction.CommitmentRecord;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.interaction.InteractionHistory;
import io.crmkit.core.interaction.InteractionId;
import io.crmkit.core.interaction.cadence.ContactFacts;
import io.crmkit.core.validation.Require;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a host keeps the interaction log: append-only, every revision kept. An append is a new
 * interaction at revision 1 or the next revision of a stored one (a correction); any other revision
 * is a {@link HistoryConflictException}, and an outcome for an unknown or already resolved commitment
 * is refused; nothing is written in either case. Queries read the current revision of each
 * interaction.
 *
 * <p>The store answers the due list's questions itself, so a list over many customers never loads
 * their interactions: {@link #lastContacts} and {@link #commitments}.
 */
public interface Interactions {

  /**
   * Appends {@code interaction}.
   *
   * @return the revision as stored
   */
  Interaction append(Interaction interaction);

  /** The current revision of {@code id}. */
  Optional<Interaction> find(InteractionId id);

  /** Every revision of {@code id}, first first; empty if unknown. */
  List<Interaction> revisions(InteractionId id);

  /**
   * One page of the customer's interactions (current revisions) that took place in {@code [from,
   * to)}, in time order (then id); the cursor continues after the last one.
   */
  Page<Interaction> findByCustomer(CustomerId customer, Instant from, Instant to, PageRequest request);

  /** Every interaction of the customer in {@code [from, to)}, in time order, page by page. */
  default Stream<Interaction> streamByCustomer(CustomerId customer, Instant from, Instant to) {
    return Paging.stream(r -> findByCustomer(customer, from, to, r), 500);
  }

  /** One page of interactions (current revisions) in id order. */
  Page<Interaction> list(PageRequest request);

  default Stream<Interaction> stream() {
    return Paging.stream(this::list, 500);
  }

  /** When each of {@code customers} was last contacted; customers never contacted are absent. */
  Map<CustomerId, ZonedDateTime> lastContacts(Collection<CustomerId> customers);

  /** The commitments of each of {@code customers} with their outcomes; customers without any are absent. */
  Map<CustomerId, List<CommitmentRecord>> commitments(Collection<CustomerId> customers);

  /** The due list's facts about {@code customers}, in two questions to the store. */
  default ContactFacts contactFacts(Collection<CustomerId> customers) {
    return ContactFacts.of(lastContacts(customers), commitments(customers));
  }

  /**
   * Removes the personal content (summary, contact persons' names, commitments' wording) of every
   * revision of the customer's interactions and files them under {@code surrogate} (the erasure's
   * random surrogate id, as {@link Complaints#eraseComplainant} does), keeping channel, time, purpose
   * and commitment dates and outcomes for analytics: the one sanctioned change to stored revisions.
   * Afterwards no stored interaction names {@code customer}: not its revisions, not the last-contact
   * or commitment answers.
   *
   * @return how many interactions were touched
   */
  int erasePersonalContent(CustomerId customer, CustomerId surrogate);

  /**
   * The check every store makes before appending {@code next} to a customer whose current
   * revisions are {@code customerCurrent} and where {@code latest} is the stored current revision
   * of the same id: the revision follows, the customer stays, and the commitment outcomes are
   * allowed. Returns the customer's current revisions with {@code next} in place.
   *
   * @throws HistoryConflictException if the revision does not follow the stored one
   */
  static List<Interaction> requireAppendable(Optional<Interaction> latest, Collection<Interaction> customerCurrent,
      Interaction next) {
    Require.notNull(next, "interaction");
    int expected = latest.map(l -> l.revision() + 1).orElse(1);
    if (next.revision() != expected) {
      throw new HistoryConflictException("Interaction", next.id().value(), "revision " + next.revision()
          + " does not follow the stored " + latest.map(l -> "revision " + l.revision()).orElse("nothing")
          + "; " + expected + " comes next");
    }
    InteractionHistory.requireAppendable(latest, next);
    List<Interaction> after = new ArrayList<>(customerCurrent.size() + 1);
    for (Interaction i : customerCurrent) {
      if (!i.id().equals(next.id())) {
        after.add(i);
      }
    }
    after.add(next);
    if (next.revision() > 1 || !next.commitments().isEmpty() || !next.resolutions().isEmpty()) {
      CommitmentLedger.of(after); // refuses an outcome for an unknown or resolved commitment
    }
    return after;
  }
}
