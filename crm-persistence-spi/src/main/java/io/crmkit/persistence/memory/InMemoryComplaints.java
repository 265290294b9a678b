package io.crmkit.persistence.memory;

import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintEvent;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.Require;
import io.crmkit.persistence.Complaints;
import io.crmkit.persistence.Erasure;
import io.crmkit.persistence.HistoryConflictException;
import io.crmkit.persistence.Page;
import io.crmkit.persistence.PageRequest;
import io.crmkit.persistence.VersionConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The in-memory reference store of complaint histories: thread-safe, append-only, ordered by id.
 * Every append is checked by replaying the whole history, so a stored history is always valid.
 */
public final class InMemoryComplaints implements Complaints {
  private final ConcurrentSkipListMap<String, Complaint> byId = new ConcurrentSkipListMap<>();

  @Override
  public Optional<Complaint> find(ComplaintId id) {
    Require.notNull(id, "complaintId");
    return Optional.ofNullable(byId.get(id.value()));
  }

  @Override
  public Complaint append(ComplaintId id, int storedEvents, List<ComplaintEvent> events) {
    Require.notNull(id, "complaintId");
    Require.notNull(events, "events");
    Require.that(!events.isEmpty(), "events", "must hold at least one event", 0);
    return byId.compute(id.value(), (key, stored) -> {
      int actual = stored == null ? 0 : stored.history().size();
      if (actual != storedEvents) {
        throw new VersionConflictException("Complaint", key, storedEvents, actual);
      }
      for (int i = 0; i < events.size(); i++) {
        if (events.get(i).sequence() != actual + i + 1) {
          throw new HistoryConflictException(key, "event " + i + " has sequence " + events.get(i).sequence()
              + " where " + (actual + i + 1) + " comes next: a gap or a rewrite");
        }
      }
      List<ComplaintEvent> history = new ArrayList<>(stored == null ? List.of() : stored.history());
      history.addAll(events);
      try {
        return Complaint.replay(id, history);
      } catch (IllegalArgumentException e) {
        throw new HistoryConflictException(key, "the events do not continue the stored history: " + e.getMessage());
      }
    });
  }

  @Override
  public Page<Complaint> list(PageRequest request) {
    Require.notNull(request, "request");
    return SkipListPages.page(byId.keySet(), byId::get, request);
  }

  @Override
  public int eraseComplainant(CustomerId complainant, CustomerId surrogate) {
    Require.notNull(complainant, "complainant");
    Require.notNull(surrogate, "surrogate");
    int touched = 0;
    for (String key : byId.keySet()) {
      Complaint stored = byId.get(key);
      if (stored != null && stored.status().receipt().complainant().equals(complainant)) {
        byId.computeIfPresent(key, (k, c) -> Erasure.erased(c, surrogate));
        touched++;
      }
    }
    return touched;
  }
}
