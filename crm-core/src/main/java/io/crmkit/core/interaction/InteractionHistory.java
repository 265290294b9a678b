package io.crmkit.core.interaction;

import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.validation.Require;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The interactions of a record as they stand: every revision, and the current one (the latest) of
 * each interaction, ordered by when they happened. Stores use {@link #requireAppendable} so that a
 * log only grows by first revisions and by the next revision of an interaction it holds.
 *
 * <p>Immutable and thread-safe.
 */
public final class InteractionHistory {
  private static final Comparator<Interaction> BY_TIME = Comparator
      .comparing((Interaction i) -> i.occurredAt().toInstant()).thenComparing(Interaction::id);

  private final List<Interaction> current;
  private final Map<InteractionId, List<Interaction>> revisions;

  private InteractionHistory(List<Interaction> current, Map<InteractionId, List<Interaction>> revisions) {
    this.current = current;
    this.revisions = revisions;
  }

  /** The history of {@code interactions}, any revisions in any order. */
  public static InteractionHistory of(Collection<Interaction> interactions) {
    Require.notNull(interactions, "interactions");
    Map<InteractionId, List<Interaction>> byId = new HashMap<>();
    for (Interaction i : interactions) {
      Require.notNull(i, "interactions[]");
      byId.computeIfAbsent(i.id(), k -> new ArrayList<>()).add(i);
    }
    List<Interaction> latest = new ArrayList<>();
    Map<InteractionId, List<Interaction>> frozen = new HashMap<>();
    for (Map.Entry<InteractionId, List<Interaction>> e : byId.entrySet()) {
      List<Interaction> revs = new ArrayList<>(e.getValue());
      revs.sort(Comparator.comparingInt(Interaction::revision));
      frozen.put(e.getKey(), List.copyOf(revs));
      latest.add(revs.get(revs.size() - 1));
    }
    latest.sort(BY_TIME);
    return new InteractionHistory(List.copyOf(latest), Map.copyOf(frozen));
  }

  /**
   * Fails unless {@code next} may be appended after {@code latest} (the stored current revision of
   * the same id, or empty): a new id starts at revision 1, a correction is exactly one more and keeps
   * the customer.
   */
  public static void requireAppendable(Optional<Interaction> latest, Interaction next) {
    Require.notNull(next, "interaction");
    if (latest.isEmpty()) {
      Require.that(next.revision() == 1, "interaction.revision",
          "must be 1 for an interaction not yet recorded", next.revision());
      return;
    }
    Interaction last = latest.get();
    if (next.revision() != last.revision() + 1) {
      throw new InvalidValueException("interaction.revision",
          "must be " + (last.revision() + 1) + ", the next revision of " + last.id(),
          String.valueOf(next.revision()));
    }
    Require.that(next.customer().equals(last.customer()), "interaction.customer",
        "must stay " + last.customer() + " across revisions", next.customer());
  }

  /** The current revision of each interaction, earliest first. */
  public List<Interaction> current() {
    return current;
  }

  /** Every revision of {@code id}, first first; empty if unknown. */
  public List<Interaction> revisions(InteractionId id) {
    return revisions.getOrDefault(id, List.of());
  }

  /** When the latest interaction took place; empty if there is none. */
  public Optional<ZonedDateTime> lastContact() {
    return current.isEmpty() ? Optional.empty()
        : Optional.of(current.get(current.size() - 1).occurredAt());
  }

  /** The latest interaction; empty if there is none. */
  public Optional<Interaction> latest() {
    return current.isEmpty() ? Optional.empty() : Optional.of(current.get(current.size() - 1));
  }
}
