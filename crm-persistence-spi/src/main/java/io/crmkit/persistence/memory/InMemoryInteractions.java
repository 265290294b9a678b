package io.crmkit.persistence.memory;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.interaction.CommitmentLedger;
import io.crmkit.core.interaction.CommitmentRecord;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.interaction.InteractionId;
import io.crmkit.core.validation.Require;
import io.crmkit.persistence.Interactions;
import io.crmkit.persistence.Page;
import io.crmkit.persistence.PageRequest;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The in-memory reference store of interactions: thread-safe (one lock), every revision kept, and
 * per customer the current revisions, the last contact and the commitment ledger kept up to date on
 * each append, so the due list's questions cost a map lookup per customer.
 */
public final class InMemoryInteractions implements Interactions {
  private static final Comparator<Interaction> BY_TIME = Comparator
      .comparing((Interaction i) -> i.occurredAt().toInstant()).thenComparing(Interaction::id);

  private final Map<InteractionId, List<Interaction>> revisions = new HashMap<>();
  private final TreeSet<String> ids = new TreeSet<>();
  private final Map<CustomerId, CustomerLog> customers = new HashMap<>();

  /** One customer's current revisions with the answers derived from them. */
  private static final class CustomerLog {
    final Map<InteractionId, Interaction> current = new HashMap<>();
    ZonedDateTime last;
    List<CommitmentRecord> commitments = List.of();
  }

  @Override
  public synchronized Interaction append(Interaction interaction) {
    Require.notNull(interaction, "interaction");
    List<Interaction> stored = revisions.get(interaction.id());
    Optional<Interaction> latest = stored == null ? Optional.empty() : Optional.of(stored.get(stored.size() - 1));
    CustomerLog log = customers.get(interaction.customer());
    Collection<Interaction> current = log == null ? List.of() : log.current.values();
    List<Interaction> after = Interactions.requireAppendable(latest, current, interaction);
    // checked: now write
    revisions.computeIfAbsent(interaction.id(), k -> new ArrayList<>()).add(interaction);
    ids.add(interaction.id().value());
    CustomerLog target = customers.computeIfAbsent(interaction.customer(), k -> new CustomerLog());
    Interaction before = target.current.put(interaction.id(), interaction);
    if (before == null) {
      if (target.last == null || interaction.occurredAt().toInstant().isAfter(target.last.toInstant())) {
        target.last = interaction.occurredAt();
      }
    } else {
      target.last = target.current.values().stream().max(BY_TIME).map(Interaction::occurredAt).orElse(null);
    }
    boolean touchesCommitments = !interaction.commitments().isEmpty() || !interaction.resolutions().isEmpty()
        || before != null && (!before.commitments().isEmpty() || !before.resolutions().isEmpty());
    if (touchesCommitments) {
      target.commitments = CommitmentLedger.of(after).all();
    }
    return interaction;
  }

  @Override
  public synchronized Optional<Interaction> find(InteractionId id) {
    Require.notNull(id, "interactionId");
    List<Interaction> stored = revisions.get(id);
    return stored == null ? Optional.empty() : Optional.of(stored.get(stored.size() - 1));
  }

  @Override
  public synchronized List<Interaction> revisions(InteractionId id) {
    Require.notNull(id, "interactionId");
    return List.copyOf(revisions.getOrDefault(id, List.of()));
  }

  @Override
  public synchronized Page<Interaction> findByCustomer(CustomerId customer, Instant from, Instant to,
      PageRequest request) {
    Require.notNull(customer, "customerId");
    Require.notNull(from, "from");
    Require.notNull(to, "to");
    Require.notNull(request, "request");
    Require.that(!to.isBefore(from), "to", "must not be before from " + from, to);
    CustomerLog log = customers.get(customer);
    if (log == null) {
      return Page.of(List.of(), Optional.empty());
    }
    TreeMap<String, Interaction> inRange = new TreeMap<>();
    for (Interaction i : log.current.values()) {
      Instant at = i.occurredAt().toInstant();
      if (!at.isBefore(from) && at.isBefore(to)) {
        inRange.put(TimeCursor.of(i), i);
      }
    }
    return SkipListPages.page(inRange.navigableKeySet(), inRange::get, request);
  }

  @Override
  public synchronized Page<Interaction> list(PageRequest request) {
    Require.notNull(request, "request");
    return SkipListPages.page(ids, id -> {
          List<Interaction> r = revisions.get(InteractionId.of(id));
          return r.get(r.size() - 1);
        }, request);
  }

  @Override
  public synchronized Map<CustomerId, ZonedDateTime> lastContacts(Collection<CustomerId> wanted) {
    Require.notNull(wanted, "customers");
    Map<CustomerId, ZonedDateTime> out = new HashMap<>(Math.max(16, wanted.size() * 4 / 3 + 1));
    for (CustomerId c : wanted) {
      CustomerLog log = customers.get(c);
      if (log != null && log.last != null) {
        out.put(c, log.last);
      }
    }
    return out;
  }

  @Override
  public synchronized Map<CustomerId, List<CommitmentRecord>> commitments(Collection<CustomerId> wanted) {
    Require.notNull(wanted, "customers");
    Map<CustomerId, List<CommitmentRecord>> out = new HashMap<>();
    for (CustomerId c : wanted) {
      CustomerLog log = customers.get(c);
      if (log != null && !log.commitments.isEmpty()) {
        out.put(c, log.commitments);
      }
    }
    return out;
  }

  @Override
  public synchronized int erasePersonalContent(CustomerId customer, CustomerId surrogate) {
    Require.notNull(customer, "customerId");
    Require.notNull(surrogate, "surrogate");
    CustomerLog log = customers.remove(customer);
    if (log == null) {
      return 0;
    }
    // Erasing several ids (a customer and its aliases) under one surrogate gathers their logs.
    CustomerLog target = customers.computeIfAbsent(surrogate, k -> new CustomerLog());
    for (InteractionId id : log.current.keySet()) {
      List<Interaction> revs = revisions.get(id);
      revs.replaceAll(i -> i.erasedUnder(surrogate));
      target.current.put(id, revs.get(revs.size() - 1));
    }
    target.last = target.current.values().stream().max(BY_TIME).map(Interaction::occurredAt).orElse(null);
    target.commitments = CommitmentLedger.of(target.current.values()).all();
    return log.current.size();
  }

}
