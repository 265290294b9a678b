package io.crmkit.examples.jdbc;

import io.crmkit.core.validation.Require;
import io.crmkit.persistence.Complaints;
import io.crmkit.persistence.Customers;
import io.crmkit.persistence.StorageException;
import io.crmkit.persistence.Interactions;
import io.crmkit.persistence.StyleProfiles;
import io.crmkit.persistence.UnitOfWork;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * crmkit's stores on a relational database through plain JDBC: customers, complaint histories,
 * style profiles and the interaction log in five tables (see the scripts in {@code schema/}), each aggregate's fields in
 * the versioned record of its crm-core codec. Opening applies any schema script not yet applied.
 *
 * <p>{@link #openH2(Path)} is the embedded default: an H2 database in a file, nothing to install or
 * start. {@link #on(DataSource)} takes the host's own pool, e.g. PostgreSQL's: the SQL is portable.
 * Thread-safe; close it to release an embedded database.
 */
public final class JdbcStores implements AutoCloseable {
  private final JdbcUnitOfWork unitOfWork;
  private final JdbcCustomers customers;
  private final JdbcComplaints complaints;
  private final JdbcStyleProfiles styleProfiles;
  private final JdbcInteractions interactions;
  private final AutoCloseable owned;
  private final int schemaVersion;

  private JdbcStores(DataSource source, AutoCloseable owned, boolean embedded) {
    this(source, owned, embedded,
        io.crmkit.core.complaint.ComplaintHistoryCheck.agentsOnly(java.time.Clock.systemUTC()));
  }

  private JdbcStores(DataSource source, AutoCloseable owned, boolean embedded,
      io.crmkit.core.complaint.ComplaintHistoryCheck complaintCheck) {
    this.unitOfWork = new JdbcUnitOfWork(source, embedded);
    this.owned = owned;
    this.schemaVersion = unitOfWork.run("apply the crmkit schema", SchemaMigrations::apply);
    // The system clock bounds fact dates; complaint appends pass the host's check (by default the
    // guards of practice with every actor an agent: see ComplaintHistoryCheck.agentsOnly).
    this.customers = new JdbcCustomers(unitOfWork, java.time.Clock.systemUTC());
    this.complaints = new JdbcComplaints(unitOfWork, Require.notNull(complaintCheck, "complaintCheck"));
    this.styleProfiles = new JdbcStyleProfiles(unitOfWork);
    this.interactions = new JdbcInteractions(unitOfWork);
  }

  /**
   * An embedded H2 database in {@code file} (H2 adds ".mv.db"), created if missing. Each commit is
   * written to the file before the save returns ({@code WRITE_DELAY=0}), so a killed process loses
   * no save that had returned.
   */
  public static JdbcStores openH2(Path file) {
    Require.notNull(file, "file");
    return openH2Url("jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0");
  }

  /** An embedded H2 database at a full JDBC URL, e.g. {@code jdbc:h2:mem:test;DB_CLOSE_DELAY=-1}. */
  public static JdbcStores openH2Url(String url) {
    Require.text(url, "url");
    ReopeningPool pool = new ReopeningPool(url);
    try {
      JdbcStores stores = new JdbcStores(pool, pool::dispose, true);
      if (url.startsWith("jdbc:h2:file:")) {
        stores.unitOfWork.purgeWith(pool::compact);
      }
      return stores;
    } catch (RuntimeException e) {
      pool.dispose();
      throw e;
    }
  }

  /**
   * Stores on the host's data source whose complaint appends pass {@code complaintCheck}: the host's
   * engine, clock and staff directory. Closing leaves the source open.
   */
  public static JdbcStores on(DataSource source, io.crmkit.core.complaint.ComplaintHistoryCheck complaintCheck) {
    Require.notNull(source, "source");
    return new JdbcStores(source, () -> { }, false, complaintCheck);
  }

  /** Stores on the host's data source (its pool, its database); closing leaves the source open. */
  public static JdbcStores on(DataSource source) {
    Require.notNull(source, "source");
    return new JdbcStores(source, () -> { }, false);
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

  /** The schema version the database is at (the number of applied scripts). */
  public int schemaVersion() {
    return schemaVersion;
  }

  /** Runs {@code work} on a connection in a transaction of its own; for hosts' and tests' own queries. */
  public <T> T query(String operation, Work<T> work) {
    Require.notNull(work, "work");
    return unitOfWork.run(operation, work::run);
  }

  /**
   * The embedded pool, which can compact its database: H2 keeps deleted rows in old pages of the
   * file until it is rewritten, so after an erasure the file is compacted ({@code SHUTDOWN COMPACT})
   * and a fresh pool opens the rewritten file. {@link JdbcUnitOfWork#purgeRemovedData()} holds every
   * transaction out meanwhile.
   */
  private static final class ReopeningPool implements DataSource {
    private final String url;
    private volatile JdbcConnectionPool pool;

    ReopeningPool(String url) {
      this.url = url;
      this.pool = open(url);
    }

    private static JdbcConnectionPool open(String url) {
      JdbcConnectionPool p = JdbcConnectionPool.create(url, "crmkit", "");
      p.setMaxConnections(32);
      return p;
    }

    void compact() {
      JdbcConnectionPool old = pool;
      try (Connection c = old.getConnection(); java.sql.Statement s = c.createStatement()) {
        s.execute("SHUTDOWN COMPACT");
      } catch (SQLException e) {
        throw new StorageException("compact the database after an erasure", e);
      }
      old.dispose();
      pool = open(url);
    }

    void dispose() {
      pool.dispose();
    }

    @Override
    public Connection getConnection() throws SQLException {
      return pool.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return pool.getConnection(user, password);
    }

    @Override
    public java.io.PrintWriter getLogWriter() throws SQLException {
      return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(java.io.PrintWriter out) throws SQLException {
      pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
      pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
      return pool.getLoginTimeout();
    }

    @Override
    public java.util.logging.Logger getParentLogger() throws java.sql.SQLFeatureNotSupportedException {
      throw new java.sql.SQLFeatureNotSupportedException("no java.util.logging in crmkit");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      return pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
      return pool.isWrapperFor(type);
    }
  }

  @Override
  public void close() {
    try {
      owned.close();
    } catch (Exception e) {
      throw new StorageException("close the database", e);
    }
  }

  /** What {@link #query} runs. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }
}
