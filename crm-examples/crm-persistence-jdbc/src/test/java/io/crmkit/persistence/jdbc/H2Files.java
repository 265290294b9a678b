package io.crmkit.persistence.jdbc;

import java.nio.file.Path;
import org.h2.jdbcx.JdbcConnectionPool;

/** Embedded H2 databases for the tests, the way a host opens one: H2's own pool on a file. */
final class H2Files {
  private H2Files() {}

  /**
   * A pool on the H2 file {@code file} (H2 adds ".mv.db"). {@code WRITE_DELAY=0}: each commit is in the
   * file before the save returns, so a killed process loses no save that had returned.
   */
  static JdbcConnectionPool pool(Path file) {
    JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0",
        "crmkit", "");
    pool.setMaxConnections(32);
    return pool;
  }

  /** Stores on the H2 file; closing them disposes the pool. */
  static JdbcStores open(Path file) {
    JdbcConnectionPool pool = pool(file);
    return JdbcStores.on(pool, pool::dispose);
  }
}
