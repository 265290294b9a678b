package io.crmkit.persistence.memory;

import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintEvent;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.Require;
import io.crmkit.persistence.Complaints;
import io.crmkit.persistence.Erasure;
import io.crmkit.persistence.Page;
import io.crmkit.persistence.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;

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
    return byId.compute(id.value(),
        (key, stored) -> Complaints.requireContinues(id, storedEvents, stored == null ? List.of() : stored.history(),
            events));
  }

  @Override
  public Page<Complaint> list(PageRequest request) {
    Require.notNull(request, "request");
    return SkipListPages.page(byId.keySet(), byId::get, request);
  }

  @Override
  public int eraseComplainant(CustomerId complainant) {
    Require.notNull(complainant, "complainant");
    int touched = 0;
    for (String key : byId.keySet()) {
      Complaint stored = byId.get(key);
      if (stored != null && stored.status().receipt().complainant().equals(complainant)) {
        byId.computeIfPresent(key, (k, c) -> erase(c));
        touched++;
      }
    }
    return touched;
  }

  private static Complaint erase(Complaint c) {
    return Complaint.replay(c.id(), c.history().stream().map(Erasure::erased).collect(Collectors.toList()));
  }
}
