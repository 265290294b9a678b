package io.crmkit.persistence.jdbc;

import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintAction;
import io.crmkit.core.complaint.ComplaintEvent;
import io.crmkit.core.complaint.ComplaintEventCodec;
import io.crmkit.core.complaint.ComplaintEventJson;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.Require;
import io.crmkit.persistence.Complaints;
import io.crmkit.persistence.Erasure;
import io.crmkit.persistence.HistoryConflictException;
import io.crmkit.persistence.Page;
import io.crmkit.persistence.PageRequest;
import io.crmkit.persistence.VersionConflictException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Complaint histories in two tables: {@code crmkit_complaint} (id, complainant, event count: the
 * history's version) and {@code crmkit_complaint_event} (one row per event, keyed by complaint and
 * sequence, with step, time and resulting state in columns for the host's own queries and the
 * {@link ComplaintEventCodec} record, and the event's {@link ComplaintEventJson#searchable} projection in
 * {@code search}). An append moves the event count from the count the writer read
 * to the new one with a conditional UPDATE, checks that the events continue the history by replaying
 * all of it, and inserts them, in one transaction.
 */
final class JdbcComplaints implements Complaints {
  private final JdbcUnitOfWork tx;

  private final io.crmkit.core.complaint.ComplaintHistoryCheck check;
  private final String insertEventSql;

  private final AtRest atRest;

  JdbcComplaints(JdbcUnitOfWork tx, io.crmkit.core.complaint.ComplaintHistoryCheck check, Dialect dialect,
      AtRest atRest) {
    this.tx = tx;
    this.check = check;
    this.atRest = atRest;
    this.insertEventSql = "INSERT INTO crmkit_complaint_event (complaint_id, seq, step, occurred_at, to_state, record, "
        + "search) VALUES (?, ?, ?, ?, ?, ?, " + dialect.jsonParameter() + ")";
  }

  private static String rowKey(String complaintId, int seq) {
    return "complaint_event:" + complaintId + "#" + seq;
  }

  private ComplaintEvent event(byte[] stored, String complaintId, int seq) {
    return ComplaintEventCodec.decode(atRest.open(stored, "complaint event", rowKey(complaintId, seq)));
  }

  @Override
  public Optional<Complaint> find(ComplaintId id) {
    Require.notNull(id, "complaintId");
    return tx.run("find Complaint " + id.value(), c -> {
      List<ComplaintEvent> history = history(c, id.value());
      return history.isEmpty() ? Optional.empty() : Optional.of(Complaint.replay(id, history));
    });
  }

  @Override
  public Complaint append(ComplaintId id, int storedEvents, List<ComplaintEvent> events) {
    Require.notNull(id, "complaintId");
    Require.notNull(events, "events");
    Require.that(!events.isEmpty(), "events", "must hold at least one event", 0);
    String key = id.value();
    return tx.run("append to Complaint " + key, c -> {
      tx.lock("complaint:" + key);
      claim(c, key, storedEvents, events);
      // The claim moved the count from storedEvents, so the stored history holds exactly that many events.
      List<ComplaintEvent> stored = storedEvents == 0 ? List.of() : history(c, key);
      Complaint complaint = Complaints.requireContinues(id, storedEvents, stored, events, check);
      insertEvents(c, key, events);
      return complaint;
    });
  }

  /**
   * Moves the stored event count from {@code storedEvents} to its new value, or creates the row of a
   * new complaint; a writer that read a stale count changes nothing and gets the conflict.
   */
  private static void claim(Connection c, String key, int storedEvents, List<ComplaintEvent> events)
      throws SQLException {
    int after = storedEvents + events.size();
    if (storedEvents == 0) {
      if (!(events.get(0).action() instanceof ComplaintAction.Receive received)) {
        throw new HistoryConflictException(key, HistoryConflictException.DOES_NOT_CONTINUE
            + ": a new history must start with the RECEIVE event");
      }
      String complainant = received.receipt().complainant().value();
      boolean inserted = Inserts.ifAbsent(c,
          "INSERT INTO crmkit_complaint (id, complainant_id, event_count) VALUES (?, ?, ?)", s -> {
            s.setString(1, key);
            s.setString(2, complainant);
            s.setInt(3, after);
          });
      if (!inserted) {
        throw new VersionConflictException(AGGREGATE, key, 0, storedCount(c, key));
      }
      return;
    }
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE crmkit_complaint SET event_count = ? WHERE id = ? AND event_count = ?")) {
      s.setInt(1, after);
      s.setString(2, key);
      s.setInt(3, storedEvents);
      if (s.executeUpdate() != 1) {
        throw new VersionConflictException(AGGREGATE, key, storedEvents, storedCount(c, key));
      }
    }
  }

  private void insertEvents(Connection c, String key, List<ComplaintEvent> events) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(insertEventSql)) {
      for (ComplaintEvent e : events) {
        s.setString(1, key);
        s.setInt(2, e.sequence());
        s.setString(3, e.step().name());
        s.setObject(4, e.at().atOffset(ZoneOffset.UTC));
        s.setString(5, e.toState().name());
        s.setBytes(6, atRest.seal(ComplaintEventCodec.encode(e), rowKey(key, e.sequence())));
        s.setString(7, ComplaintEventJson.searchable(e));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  @Override
  public Page<Complaint> list(PageRequest request) {
    Require.notNull(request, "request");
    return tx.run("list Complaints", c -> {
      Page<String> ids = KeysetPages.page(c, "crmkit_complaint", "id", request, r -> r.getString(1));
      List<String> page = ids.items();
      if (page.isEmpty()) {
        return Page.of(List.of(), Optional.empty());
      }
      // One range query for the whole page's events, not one query per complaint.
      Map<String, List<ComplaintEvent>> histories = new LinkedHashMap<>();
      page.forEach(id -> histories.put(id, new ArrayList<>()));
      try (PreparedStatement s = c.prepareStatement("SELECT complaint_id, record, seq FROM crmkit_complaint_event "
          + "WHERE complaint_id >= ? AND complaint_id <= ? ORDER BY complaint_id, seq")) {
        s.setString(1, page.get(0));
        s.setString(2, page.get(page.size() - 1));
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            List<ComplaintEvent> history = histories.get(r.getString(1));
            if (history != null) {
              history.add(event(r.getBytes(2), r.getString(1), r.getInt(3)));
            }
          }
        }
      }
      // Never empty: a complaint's row and its first events commit together.
      List<Complaint> items = new ArrayList<>(page.size());
      histories.forEach((id, history) -> items.add(Complaint.replay(ComplaintId.of(id), history)));
      return Page.of(items, ids.nextCursor());
    });
  }

  @Override
  public int eraseComplainant(CustomerId complainant, CustomerId surrogate) {
    Require.notNull(complainant, "complainant");
    Require.notNull(surrogate, "surrogate");
    return tx.run("erase the complaints of a complainant", c -> {
      List<String> ids = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT id FROM crmkit_complaint WHERE complainant_id = ?")) {
        s.setString(1, complainant.value());
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            ids.add(r.getString(1));
          }
        }
      }
      ids.sort(null);
      ids.forEach(id -> tx.lock("complaint:" + id)); // no append interleaves with the rewrite
      for (String id : ids) {
        Complaint erased = Erasure.erased(Complaint.replay(ComplaintId.of(id), history(c, id)), surrogate);
        // The whole history is rewritten: dropped steps leave no row behind, renumbered ones no gap.
        try (PreparedStatement s = c.prepareStatement("DELETE FROM crmkit_complaint_event WHERE complaint_id = ?")) {
          s.setString(1, id);
          s.executeUpdate();
        }
        insertEvents(c, id, erased.history());
        try (PreparedStatement s = c.prepareStatement(
            "UPDATE crmkit_complaint SET complainant_id = ?, event_count = ? WHERE id = ?")) {
          s.setString(1, surrogate.value());
          s.setInt(2, erased.history().size());
          s.setString(3, id);
          s.executeUpdate();
        }
      }
      return ids.size();
    });
  }

  private List<ComplaintEvent> history(Connection c, String key) throws SQLException {
    List<ComplaintEvent> history = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT record, seq FROM crmkit_complaint_event WHERE complaint_id = ? ORDER BY seq")) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          history.add(event(r.getBytes(1), key, r.getInt(2)));
        }
      }
    }
    return history;
  }

  private static int storedCount(Connection c, String key) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT event_count FROM crmkit_complaint WHERE id = ?")) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getInt(1) : 0;
      }
    }
  }
}
