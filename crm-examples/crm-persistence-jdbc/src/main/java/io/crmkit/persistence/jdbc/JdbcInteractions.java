package io.crmkit.persistence.jdbc;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.interaction.CommitmentLedger;
import io.crmkit.core.interaction.CommitmentRecord;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.interaction.InteractionCodec;
import io.crmkit.core.interaction.InteractionId;
import io.crmkit.core.validation.Require;
import io.crmkit.persistence.HistoryConflictException;
import io.crmkit.persistence.Interactions;
import io.crmkit.persistence.Page;
import io.crmkit.persistence.PageRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The interaction log in table {@code crmkit_interaction} (schema version 3): one row per revision
 * with the {@link InteractionCodec} record, the current revision flagged. An append checks, under the
 * customer's and the interaction's locks, that the revision follows the stored one and that its
 * commitment outcomes are allowed, then inserts the row and moves the current flag with a conditional
 * UPDATE, in one transaction. The last contact per customer is one grouped query; commitments are
 * read only from the rows that carry some.
 */
final class JdbcInteractions implements Interactions {
  private static final String AGGREGATE = "Interaction";
  /** Above this many customers one query over every customer beats lists of ids. */
  private static final int BULK = 2_000;
  private static final int CHUNK = 500;
  private final JdbcUnitOfWork tx;

  /** Interaction records are bound to their table: the queries read them without their row's key. */
  private static final String CONTEXT = "crmkit_interaction";
  private final AtRest atRest;

  JdbcInteractions(JdbcUnitOfWork tx, AtRest atRest) {
    this.tx = tx;
    this.atRest = atRest;
  }

  private byte[] record(Interaction interaction) {
    return atRest.seal(InteractionCodec.encode(interaction), CONTEXT);
  }

  private Interaction interaction(byte[] stored) {
    return InteractionCodec.decode(atRest.open(stored, "interaction", CONTEXT));
  }

  @Override
  public Interaction append(Interaction interaction) {
    Require.notNull(interaction, "interaction");
    String id = interaction.id().value();
    String customer = interaction.customer().value();
    byte[] record = record(interaction);
    return tx.run("append Interaction " + id, c -> {
      tx.lock("interaction-customer:" + customer);
      tx.lock("interaction:" + id);
      Optional<Interaction> latest = current(c, id);
      List<Interaction> withCommitments = latest.isPresent() || !interaction.commitments().isEmpty()
          || !interaction.resolutions().isEmpty() ? carryingCommitments(c, List.of(customer)).getOrDefault(
              interaction.customer(), List.of()) : List.of();
      Interactions.requireAppendable(latest, withCommitments, interaction);
      if (latest.isPresent()) {
        try (PreparedStatement s = c.prepareStatement("UPDATE crmkit_interaction SET is_current = FALSE "
            + "WHERE id = ? AND revision = ? AND is_current")) {
          s.setString(1, id);
          s.setInt(2, latest.get().revision());
          if (s.executeUpdate() != 1) {
            throw new HistoryConflictException(AGGREGATE, id, "revision " + latest.get().revision()
                + " is no longer current; reload and retry");
          }
        }
      }
      boolean inserted = Inserts.ifAbsent(c, "INSERT INTO crmkit_interaction (id, revision, customer_id, "
          + "occurred_at, occurred_zone, time_key, is_current, with_commitments, record) "
          + "VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?)", s -> {
            s.setString(1, id);
            s.setInt(2, interaction.revision());
            s.setString(3, customer);
            s.setObject(4, interaction.occurredAt().toInstant().atOffset(ZoneOffset.UTC));
            s.setString(5, interaction.occurredAt().getZone().getId());
            s.setString(6, timeKey(interaction));
            s.setBoolean(7, !interaction.commitments().isEmpty() || !interaction.resolutions().isEmpty());
            s.setBytes(8, record);
          });
      if (!inserted) { // another process appended this revision first
        throw new HistoryConflictException(AGGREGATE, id, "revision " + interaction.revision()
            + " was stored meanwhile; reload and retry");
      }
      return interaction;
    });
  }

  @Override
  public Optional<Interaction> find(InteractionId id) {
    Require.notNull(id, "interactionId");
    return tx.run("find Interaction " + id.value(), c -> current(c, id.value()));
  }

  @Override
  public List<Interaction> revisions(InteractionId id) {
    Require.notNull(id, "interactionId");
    return tx.run("read the revisions of Interaction " + id.value(), c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT record FROM crmkit_interaction WHERE id = ? ORDER BY revision")) {
        s.setString(1, id.value());
        return records(s);
      }
    });
  }

  @Override
  public Page<Interaction> findByCustomer(CustomerId customer, Instant from, Instant to, PageRequest request) {
    Require.notNull(customer, "customerId");
    Require.notNull(from, "from");
    Require.notNull(to, "to");
    Require.notNull(request, "request");
    Require.that(!to.isBefore(from), "to", "must not be before from " + from, to);
    return tx.run("find the Interactions of a customer", c -> {
      String sql = "SELECT time_key, record FROM crmkit_interaction WHERE customer_id = ? AND is_current "
          + "AND occurred_at >= ? AND occurred_at < ?" + (request.after().isPresent() ? " AND time_key > ?" : "")
          + " ORDER BY time_key FETCH FIRST ? ROWS ONLY";
      try (PreparedStatement s = c.prepareStatement(sql)) {
        int p = 1;
        s.setString(p++, customer.value());
        s.setObject(p++, from.atOffset(ZoneOffset.UTC));
        s.setObject(p++, to.atOffset(ZoneOffset.UTC));
        if (request.after().isPresent()) {
          s.setString(p++, request.after().get());
        }
        s.setInt(p, request.size() + 1);
        List<Interaction> items = new ArrayList<>(request.size());
        String lastKey = null;
        boolean more = false;
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            if (items.size() == request.size()) {
              more = true;
              break;
            }
            lastKey = r.getString(1);
            items.add(interaction(r.getBytes(2)));
          }
        }
        return Page.of(items, more ? Optional.of(lastKey) : Optional.empty());
      }
    });
  }

  @Override
  public Page<Interaction> list(PageRequest request) {
    Require.notNull(request, "request");
    return tx.run("list Interactions", c -> KeysetPages.page(c, "crmkit_interaction_current", "id, record",
        request, r -> interaction(r.getBytes(2))));
  }

  @Override
  public Map<CustomerId, ZonedDateTime> lastContacts(Collection<CustomerId> customers) {
    Require.notNull(customers, "customers");
    Set<CustomerId> wanted = new HashSet<>(customers);
    return tx.run("read the last contact per customer", c -> {
      String latest = "SELECT i.customer_id, i.occurred_at, i.occurred_zone FROM crmkit_interaction_current i "
          + "JOIN (SELECT customer_id, MAX(time_key) AS k FROM crmkit_interaction_current %s GROUP BY customer_id) m "
          + "ON i.customer_id = m.customer_id AND i.time_key = m.k";
      Map<CustomerId, ZonedDateTime> out = new HashMap<>();
      for (List<String> chunk : chunks(wanted)) {
        String where = chunk == null ? "" : "WHERE customer_id IN (" + marks(chunk.size()) + ")";
        try (PreparedStatement s = c.prepareStatement(String.format(latest, where))) {
          bind(s, chunk);
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              CustomerId id = CustomerId.of(r.getString(1));
              if (wanted.contains(id)) {
                out.put(id, r.getObject(2, OffsetDateTime.class).toInstant().atZone(ZoneId.of(r.getString(3))));
              }
            }
          }
        }
      }
      return out;
    });
  }

  @Override
  public Map<CustomerId, List<CommitmentRecord>> commitments(Collection<CustomerId> customers) {
    Require.notNull(customers, "customers");
    Set<CustomerId> wanted = new HashSet<>(customers);
    return tx.run("read the commitments per customer", c -> {
      List<String> ids = wanted.stream().map(CustomerId::value).toList();
      Map<CustomerId, List<CommitmentRecord>> out = new HashMap<>();
      carryingCommitments(c, ids).forEach((customer, list) -> {
        if (wanted.contains(customer)) {
          List<CommitmentRecord> records = CommitmentLedger.of(list).all();
          if (!records.isEmpty()) {
            out.put(customer, records);
          }
        }
      });
      return out;
    });
  }

  @Override
  public int erasePersonalContent(CustomerId customer, CustomerId surrogate) {
    Require.notNull(customer, "customerId");
    Require.notNull(surrogate, "surrogate");
    return tx.run("erase the personal content of a customer's Interactions", c -> {
      // Locked in id order, as every writer that holds two customers' locks does.
      java.util.stream.Stream.of(customer.value(), surrogate.value()).sorted()
          .forEach(k -> tx.lock("interaction-customer:" + k));
      Set<String> touched = new HashSet<>();
      try (PreparedStatement read = c.prepareStatement(
              "SELECT id, revision, record FROM crmkit_interaction WHERE customer_id = ?");
          PreparedStatement write = c.prepareStatement(
              "UPDATE crmkit_interaction SET record = ?, customer_id = ? WHERE id = ? AND revision = ?")) {
        read.setString(1, customer.value());
        try (ResultSet r = read.executeQuery()) {
          while (r.next()) {
            touched.add(r.getString(1));
            write.setBytes(1, record(interaction(r.getBytes(3)).erasedUnder(surrogate)));
            write.setString(2, surrogate.value());
            write.setString(3, r.getString(1));
            write.setInt(4, r.getInt(2));
            write.addBatch();
          }
        }
        write.executeBatch();
      }
      return touched.size();
    });
  }

  private Optional<Interaction> current(Connection c, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT record FROM crmkit_interaction_current WHERE id = ?")) {
      s.setString(1, id);
      List<Interaction> found = records(s);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }
  }

  /** The current revisions that carry commitments or outcomes, per customer, of {@code customers}. */
  private Map<CustomerId, List<Interaction>> carryingCommitments(Connection c, Collection<String> customers)
      throws SQLException {
    Map<CustomerId, List<Interaction>> out = new HashMap<>();
    for (List<String> chunk : chunksOf(customers)) {
      String sql = "SELECT record FROM crmkit_interaction_current WHERE with_commitments"
          + (chunk == null ? "" : " AND customer_id IN (" + marks(chunk.size()) + ")");
      try (PreparedStatement s = c.prepareStatement(sql)) {
        bind(s, chunk);
        for (Interaction i : records(s)) {
          out.computeIfAbsent(i.customer(), k -> new ArrayList<>()).add(i);
        }
      }
    }
    return out;
  }

  private List<Interaction> records(PreparedStatement s) throws SQLException {
    List<Interaction> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(interaction(r.getBytes(1)));
      }
    }
    return out;
  }

  private static List<List<String>> chunks(Set<CustomerId> wanted) {
    return chunksOf(wanted.stream().map(CustomerId::value).toList());
  }

  /** Lists of at most {@link #CHUNK} ids; one null entry (no filter) when there are more than {@link #BULK}. */
  private static List<List<String>> chunksOf(Collection<String> ids) {
    List<List<String>> out = new ArrayList<>();
    if (ids.size() > BULK) {
      out.add(null);
      return out;
    }
    List<String> all = new ArrayList<>(ids);
    for (int i = 0; i < all.size(); i += CHUNK) {
      out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
    }
    return out;
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  private static void bind(PreparedStatement s, List<String> chunk) throws SQLException {
    if (chunk != null) {
      for (int i = 0; i < chunk.size(); i++) {
        s.setString(i + 1, chunk.get(i));
      }
    }
  }

  /** Text that sorts as the occurrence time, then the id: shifted epoch seconds, nanoseconds, id. */
  private static String timeKey(Interaction i) {
    Instant at = i.occurredAt().toInstant();
    return String.format("%014d.%09d/%s", at.getEpochSecond() + 1_000_000_000_000L, at.getNano(), i.id().value());
  }
}
