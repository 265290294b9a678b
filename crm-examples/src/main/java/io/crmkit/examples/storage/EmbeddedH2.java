package io.crmkit.examples.storage;

import io.crmkit.core.validation.Require;
import io.crmkit.persistence.jdbc.JdbcStores;
import java.nio.file.Path;
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

  /** Stores on an embedded H2 database at a full JDBC URL, e.g. {@code jdbc:h2:mem:test;DB_CLOSE_DELAY=-1}. */
  public static JdbcStores openUrl(String url) {
    Require.text(url, "url");
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "crmkit", "");
    pool.setMaxConnections(32);
    return JdbcStores.on(pool, pool::dispose);
  }
}
