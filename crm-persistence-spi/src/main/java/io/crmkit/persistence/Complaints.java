package io.crmkit.persistence;

import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintEvent;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.customer.CustomerId;
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
}
