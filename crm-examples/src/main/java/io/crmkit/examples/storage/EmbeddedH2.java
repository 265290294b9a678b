package io.crmkit.examples.storage;

import io.crmkit.core.validation.Require;
import io.crmkit.persistence.jdbc.JdbcStores;
import io.crmkit.persistence.StorageException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * crmkit's JDBC stores on an embedded H2 database, the way the examples open one: H2's own pool on a
 * file, nothing to install or start. A host does the same with its own pool; H2 is the examples'
 * dependency, not the JDBC artifact's.
 */
public final class EmbeddedH2 {
  private EmbeddedH2() {}

  /**
   * Stores on an H2 database in {@code file} (H2 adds ".mv.db"), created if missing; closing them
   * disposes the pool. Each commit is in the file before the save returns ({@code WRITE_DELAY=0}),
   * so a killed process loses no save that had returned.
   */
  public static JdbcStores open(Path file) {
    Require.notNull(file, "file");
    return openUrl("jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0");
  }

  /**
   * Stores on an H2 database in {@code file} like {@link #open(Path)}, whose complaint appends pass
   * the host's {@code complaintCheck} (its engine, clock and staff directory).
   */
  public static JdbcStores open(Path file, io.crmkit.core.complaint.ComplaintHistoryCheck complaintCheck) {
    Require.notNull(file, "file");
    Require.notNull(complaintCheck, "complaintCheck");
    String url = "jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0";
    ReopeningPool pool = new ReopeningPool(url);
    return JdbcStores.on(pool, complaintCheck, pool::dispose).purgeRemovedDataWith(pool::compact);
  }

  /**
   * Stores on an embedded H2 database at a full JDBC URL, e.g. {@code jdbc:h2:mem:test;DB_CLOSE_DELAY=-1}.
   * A file database is compacted after each erasure.
   */
  public static JdbcStores openUrl(String url) {
    Require.text(url, "url");
    ReopeningPool pool = new ReopeningPool(url);
    JdbcStores stores = JdbcStores.on(pool, pool::dispose);
    // After an erasure, the erased values must not survive in the file's old pages.
    return url.startsWith("jdbc:h2:file:") ? stores.purgeRemovedDataWith(pool::compact) : stores;
  }

  /**
   * The embedded pool, which can compact its database: H2 keeps deleted rows in old pages of the
   * file until it is rewritten, so after an erasure the file is compacted ({@code SHUTDOWN COMPACT})
   * and a fresh pool opens the rewritten file. {@link io.crmkit.persistence.UnitOfWork#purgeRemovedData()} holds every
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

}
