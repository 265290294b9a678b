package io.crmkit.persistence.memory;

import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintEvent;
import io.crmkit.core.complaint.ComplaintHistoryCheck;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.Require;
import io.crmkit.persistence.Complaints;
import io.crmkit.persistence.Erasure;
import io.crmkit.persistence.Page;
import io.crmkit.persistence.PageRequest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The in-memory reference store of complaint histories: thread-safe, append-only, ordered by id.
 * Every append goes through a {@link ComplaintHistoryCheck}: the live workflow's transitions and
 * guards at each event's time, roles from the host's directory, no event after now; so a stored
 * history is always one the workflow could have produced.
 */
public final class InMemoryComplaints implements Complaints {
  private final ConcurrentSkipListMap<String, Complaint> byId = new ConcurrentSkipListMap<>();
  private final ComplaintHistoryCheck check;

  /** A store that checks appends against the guards of practice on the system clock, every actor an agent. */
  public InMemoryComplaints() {
    this(ComplaintHistoryCheck.agentsOnly(Clock.systemUTC()));
  }

  /** A store that checks every append with {@code check}: the host's engine, clock and staff directory. */
  public InMemoryComplaints(ComplaintHistoryCheck check) {
    this.check = Require.notNull(check, "check");
  }

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
            events, check));
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
