package io.crmkit.persistence;

import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintEvent;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.Require;
import java.util.ArrayList;
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
   * Replaces every personal text of the complainant's complaints (what happened, the remedy asked,
   * the notes) by {@link Erasure#ERASED}, keeping steps, states and times for analytics. The one
   * sanctioned change to a stored history: the right to be forgotten.
   *
   * @return how many complaints were touched
   */
  int eraseComplainant(CustomerId complainant);

  /**
   * The check every store makes before appending, so all adapters agree on what continues a history:
   * {@code stored} (the stored events, oldest first) holds {@code storedEvents} events, the new events
   * carry exactly the next sequence numbers, a new history starts with the receipt, and the whole
   * history replays through the complaint workflow.
   *
   * @return the complaint with the events appended, for the store to return
   * @throws VersionConflictException if {@code stored} holds another number of events
   * @throws HistoryConflictException on a gap, a rewrite or a step the workflow refuses
   */
  static Complaint requireContinues(ComplaintId id, int storedEvents, List<ComplaintEvent> stored,
      List<ComplaintEvent> events) {
    Require.notNull(id, "complaintId");
    Require.notNull(stored, "stored");
    Require.notNull(events, "events");
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
    List<ComplaintEvent> history = new ArrayList<>(stored.size() + events.size());
    history.addAll(stored);
    history.addAll(events);
    try {
      return Complaint.replay(id, history);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new HistoryConflictException(key, HistoryConflictException.DOES_NOT_CONTINUE + ": " + e.getMessage());
    }
  }
}
