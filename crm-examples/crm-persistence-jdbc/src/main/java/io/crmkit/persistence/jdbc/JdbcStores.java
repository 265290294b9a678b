package io.crmkit.persistence.jdbc;

import io.crmkit.core.codec.RecordCipher;
import io.crmkit.core.complaint.ComplaintHistoryCheck;
import io.crmkit.core.validation.Require;
import io.crmkit.persistence.Complaints;
import io.crmkit.persistence.Customers;
import io.crmkit.persistence.Interactions;
import io.crmkit.persistence.StorageException;
import io.crmkit.persistence.StyleProfiles;
import io.crmkit.persistence.UnitOfWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * crmkit's stores on the host's relational database through plain JDBC: customers, complaint
 * histories, style profiles and the interaction log in five tables, each aggregate's fields in the
 * versioned record of its crm-core codec. PostgreSQL or H2 (see {@link Dialect}), told apart by the driver's product name.
 *
 * <p>Beside each customer and complaint event record, a {@code search} column holds its searchable
 * projection ({@link io.crmkit.core.customer.CustomerJson#searchable},
 * {@link io.crmkit.core.complaint.ComplaintEventJson#searchable}: ids, kinds, states, dates and counts,
 * no personal or confidential value), written in the record's transaction: {@code jsonb} with a GIN
 * index on PostgreSQL, for the host's own queries ({@code WHERE search @> '{"kind":"ORGANIZATION"}'}).
 * Opening the stores fills the projections of rows stored before schema version 4.
 *
 * <p>The host owns the {@link DataSource}: a pool such as HikariCP ({@code new HikariDataSource(config)})
 * in production, H2's own {@code JdbcConnectionPool} for an embedded file. {@link #on(DataSource)}
 * applies the schema scripts not yet applied; a host that runs Flyway points it at
 * {@link Dialect#flywayLocation()} and opens the stores with {@link #onMigrated(DataSource)}.
 *
 * <p>Complaint appends pass a {@link ComplaintHistoryCheck}: the host's engine, clock and staff
 * directory ({@link #on(DataSource, ComplaintHistoryCheck)}, {@link #onMigrated(DataSource,
 * ComplaintHistoryCheck)}, {@link #on(DataSource, ComplaintHistoryCheck, AutoCloseable)}). Roles come
 * from a host directory only: a factory without a check fails closed, with the guards of practice on
 * the system clock and every actor an agent ({@link ComplaintHistoryCheck#agentsOnly(Clock)}), so a
 * step that needs a supervisor (a compromise, an escalation's decision) is refused whatever role the
 * event's handler declares, until the host gives its directory. The system clock bounds fact dates.
 *
 * <p>Encryption at rest is one call, {@link #encryptAtRestWith(RecordCipher)}, with the host's key.
 *
 * <p>Thread-safe. Closing releases what {@link #on(DataSource, AutoCloseable)} was given, never the
 * host's pool otherwise.
 */
public final class JdbcStores implements AutoCloseable {
  private final Dialect dialect;
  private final JdbcUnitOfWork unitOfWork;
  private final JdbcCustomers customers;
  private final JdbcComplaints complaints;
  private final JdbcStyleProfiles styleProfiles;
  private final JdbcInteractions interactions;
  private final AutoCloseable owned;
  private final int schemaVersion;
  private final AtRest atRest = new AtRest();

  private JdbcStores(DataSource source, AutoCloseable owned, boolean migrate, ComplaintHistoryCheck complaintCheck) {
    Require.notNull(complaintCheck, "complaintCheck");
    this.owned = owned;
    this.dialect = dialectOf(source);
    this.unitOfWork = new JdbcUnitOfWork(source, dialect.lockInProcess());
    this.schemaVersion = migrate ? unitOfWork.run("apply the crmkit schema", c -> SchemaMigrations.apply(c, dialect))
        : SchemaMigrations.SCRIPTS.size();
    SearchProjections.fillMissing(unitOfWork, dialect);
    this.customers = new JdbcCustomers(unitOfWork, Clock.systemUTC(), dialect, atRest);
    this.complaints = new JdbcComplaints(unitOfWork, complaintCheck, dialect, atRest);
    this.styleProfiles = new JdbcStyleProfiles(unitOfWork, atRest);
    this.interactions = new JdbcInteractions(unitOfWork, atRest);
  }

  private static ComplaintHistoryCheck defaultCheck() {
    return ComplaintHistoryCheck.agentsOnly(Clock.systemUTC());
  }

  /**
   * Stores on the host's data source (its pool, its database), after applying any schema script
   * not yet applied (recorded in {@code crmkit_schema_version}). Closing leaves the source open.
   * Without the host's staff directory, complaint appends fail closed: every actor counts as an agent,
   * so steps that need a supervisor are refused (see the class comment).
   *
   * @throws StorageException if the database cannot be reached or the schema not applied
   */
  public static JdbcStores on(DataSource source) {
    Require.notNull(source, "source");
    return new JdbcStores(source, () -> { }, true, defaultCheck());
  }

  /**
   * Stores on the host's data source whose complaint appends pass {@code complaintCheck}: the host's
   * engine, clock and staff directory. Applies the schema like {@link #on(DataSource)}; closing leaves
   * the source open.
   */
  public static JdbcStores on(DataSource source, ComplaintHistoryCheck complaintCheck) {
    Require.notNull(source, "source");
    return new JdbcStores(source, () -> { }, true, complaintCheck);
  }

  /**
   * Stores on {@code source}, which they own ({@link #close()} runs {@code release}), whose complaint
   * appends pass {@code complaintCheck}: an embedded database with the host's staff directory.
   */
  public static JdbcStores on(DataSource source, ComplaintHistoryCheck complaintCheck, AutoCloseable release) {
    Require.notNull(source, "source");
    Require.notNull(complaintCheck, "complaintCheck");
    Require.notNull(release, "release");
    try {
      return new JdbcStores(source, release, true, complaintCheck);
    } catch (RuntimeException e) {
      try {
        release.close();
      } catch (Exception suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * Stores on {@code source}, which they own: {@link #close()} runs {@code release} (for example an
   * embedded database's {@code pool::dispose}). Applies the schema like {@link #on(DataSource)}; if
   * that fails, {@code release} runs before the exception reaches the caller.
   */
  public static JdbcStores on(DataSource source, AutoCloseable release) {
    return on(source, defaultCheck(), release);
  }

  /**
   * Stores on a database whose schema the host migrated itself, with Flyway at
   * {@link Dialect#flywayLocation()} (or another tool running the same scripts): nothing is applied.
   */
  public static JdbcStores onMigrated(DataSource source) {
    Require.notNull(source, "source");
    return new JdbcStores(source, () -> { }, false, defaultCheck());
  }

  /** Stores on a database the host migrated itself, whose complaint appends pass {@code complaintCheck}. */
  public static JdbcStores onMigrated(DataSource source, ComplaintHistoryCheck complaintCheck) {
    Require.notNull(source, "source");
    return new JdbcStores(source, () -> { }, false, complaintCheck);
  }

  /**
   * Turns on encryption at rest with the host's key: from now on every record these stores write
   * (customers, complaint events, style profiles, interactions) is sealed with {@code cipher}
   * (AES-256-GCM, the key id in the record, see {@link RecordCipher}), and every record they read is
   * opened with it; records written before, in the plain formats, still read and are sealed when next
   * written. A rotated cipher (a new current key, the older keys kept) may be set again at any time.
   *
   * <p>What stays in clear, in the columns beside the records, for the stores' own queries: customer
   * ids and versions, complaint ids, complainant ids (a surrogate after erasure), event counts, steps,
   * times and states; style-profile customer ids and observation counts; interaction ids, revisions,
   * customer ids, times and zones, and whether an interaction carries commitments. Names, contact
   * points, facts, amounts, needs, notes, the customer's words and interaction summaries are only in
   * the sealed records. A sealed record that was changed, moved to another row (customers, complaint
   * events, style profiles) or sealed under a key the cipher does not hold fails as a
   * {@link StorageException} naming the operation, never a value.
   */
  public JdbcStores encryptAtRestWith(RecordCipher cipher) {
    atRest.encryptWith(Require.notNull(cipher, "cipher"));
    return this;
  }

  /** The cipher records are sealed with, if {@link #encryptAtRestWith} named one. */
  public java.util.Optional<RecordCipher> cipher() {
    return atRest.cipher();
  }

  /**
   * Sets what {@link UnitOfWork#purgeRemovedData()} runs after an erasure commits, for a database
   * that keeps deleted rows in its files until they are rewritten (embedded H2: {@code SHUTDOWN
   * COMPACT} and a fresh pool). Every transaction waits while it runs. PostgreSQL needs none here:
   * its host runs {@code VACUUM} on its own schedule.
   */
  public JdbcStores purgeRemovedDataWith(Runnable compaction) {
    unitOfWork.purgeWith(Require.notNull(compaction, "compaction"));
    return this;
  }

  public Customers customers() {
    return customers;
  }

  public Complaints complaints() {
    return complaints;
  }

  public StyleProfiles styleProfiles() {
    return styleProfiles;
  }

  /** The interaction log: every revision, the last contact per customer answered by one query. */
  public Interactions interactions() {
    return interactions;
  }

  /** Several saves in one database transaction: all committed or, on any exception, none. */
  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  /** The database's dialect, read from its driver. */
  public Dialect dialect() {
    return dialect;
  }

  /** The schema version this crmkit expects and the database is at (the number of applied scripts). */
  public int schemaVersion() {
    return schemaVersion;
  }

  /**
   * Runs {@code work} on a connection in a transaction of its own (or in the unit of work the thread
   * has open); for hosts' and tests' own queries. SQL failures become {@link StorageException}s.
   */
  public <T> T query(String operation, Work<T> work) {
    Require.notNull(work, "work");
    return unitOfWork.run(operation, work::run);
  }

  @Override
  public void close() {
    try {
      owned.close();
    } catch (Exception e) {
      throw new StorageException("close the database", e);
    }
  }

  private static Dialect dialectOf(DataSource source) {
    try (Connection c = source.getConnection()) {
      return Dialect.of(c);
    } catch (SQLException e) {
      throw new StorageException("open the crmkit stores", e);
    }
  }

  /** What {@link #query} runs. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }
}
