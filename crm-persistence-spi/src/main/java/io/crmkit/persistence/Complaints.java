package io.crmkit.persistence;

import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintEvent;
import io.crmkit.core.complaint.ComplaintHistoryCheck;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.Require;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a host keeps complaints: an append-only event history per complaint. Appending names how
 * many events the writer had read; the new events must continue the history exactly (the next
 * sequence numbers, not earlier in time). A stale count is a {@link VersionConflictException}; a gap
 * or a rewrite a {@link HistoryConflictException}. Nothing is written in either case.
 */
public interface Complaints {
  /** The aggregate name conflicts carry ({@link VersionConflictException#aggregate()}). */
  String AGGREGATE = "Complaint";

  /** The complaint rebuilt from its stored events. */
  Optional<Complaint> find(ComplaintId id);

  /**
   * Appends {@code events} to the history of {@code id}, which holds {@code storedEvents} events now
   * (0 for a new complaint).
   *
   * @return the complaint with the events appended
   */
  Complaint append(ComplaintId id, int storedEvents, List<ComplaintEvent> events);

  /** Saves a complaint whose first {@code storedEvents} events are already stored: appends the rest. */
  default Complaint save(Complaint complaint, int storedEvents) {
    List<ComplaintEvent> history = complaint.history();
    if (storedEvents < 0 || storedEvents > history.size()) {
      throw new HistoryConflictException(complaint.id().value(), "storedEvents must lie within 0.."
          + history.size() + ", was " + storedEvents);
    }
    return append(complaint.id(), storedEvents, history.subList(storedEvents, history.size()));
  }

  /** One page of complaints in id order. */
  Page<Complaint> list(PageRequest request);

  default Stream<Complaint> stream() {
    return Paging.stream(this::list, 200);
  }

  /**
   * Rewrites every complaint of {@code complainant} as {@link Erasure#erased(Complaint, CustomerId)}
   * does: personal texts read {@link Erasure#ERASED}, the complainant is {@code surrogate}, the
   * difficult-customer tags are gone; steps, states and times stay for analytics. The one
   * sanctioned change to a stored history: the right to be forgotten. Nothing of the old history
   * may remain readable afterwards.
   *
   * @return how many complaints were touched
   */
  int eraseComplainant(CustomerId complainant, CustomerId surrogate);

  /**
   * The check every store makes before appending, so all adapters agree on what continues a history:
   * {@code stored} (the stored events, oldest first) holds {@code storedEvents} events, the new events
   * carry exactly the next sequence numbers, and {@code check} accepts them as the live workflow
   * would (its transitions, guards, the handlers' roles from the host's directory, no event after
   * now).
   *
   * @return the complaint with the events appended, for the store to return
   * @throws VersionConflictException if {@code stored} holds another number of events
   * @throws HistoryConflictException on a gap, a rewrite or a step the workflow refuses
   */
  static Complaint requireContinues(ComplaintId id, int storedEvents, List<ComplaintEvent> stored,
      List<ComplaintEvent> events, ComplaintHistoryCheck check) {
    Require.notNull(id, "complaintId");
    Require.notNull(stored, "stored");
    Require.notNull(events, "events");
    Require.notNull(check, "check");
    Require.that(!events.isEmpty(), "events", "must hold at least one event", 0);
    String key = id.value();
    if (stored.size() != storedEvents) {
      throw new VersionConflictException(AGGREGATE, key, storedEvents, stored.size());
    }
    for (int i = 0; i < events.size(); i++) {
      int next = storedEvents + i + 1;
      if (events.get(i).sequence() != next) {
        throw new HistoryConflictException(key, "event " + i + " has sequence " + events.get(i).sequence()
            + " where " + next + " comes next: " + HistoryConflictException.GAP_OR_REWRITE);
      }
    }
    try {
      return check.continued(id, stored.isEmpty() ? null : Complaint.replay(id, stored), events);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new HistoryConflictException(key, HistoryConflictException.DOES_NOT_CONTINUE + ": " + e.getMessage());
    }
  }
}
