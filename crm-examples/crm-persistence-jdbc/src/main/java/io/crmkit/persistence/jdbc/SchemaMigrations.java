package io.crmkit.persistence.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in applier, for hosts without a migration tool: applies the versioned SQL scripts of the
 * database's {@link Dialect} shipped in the jar ({@code crmkit-schema/<dialect>/V<n>__<what>.sql}, the
 * names Flyway reads), each once, in order, each in its own transaction, and records them in
 * {@code crmkit_schema_version}. A new schema version is a new script per dialect appended to
 * {@link #SCRIPTS}; a shipped script is never edited (Flyway checks its checksum).
 */
final class SchemaMigrations {
  /** Every script, oldest first; the list index + 1 is the version. */
  static final List<String> SCRIPTS = List.of("V1__customers_and_complaints.sql", "V2__style_profiles.sql",
      "V3__interactions.sql", "V4__searchable_projections.sql");
  private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);

  private SchemaMigrations() {}

  /** Brings the schema up to the latest version; returns that version. */
  static int apply(Connection c, Dialect dialect) throws SQLException {
    return apply(c, dialect, SCRIPTS.size());
  }

  /** Brings the schema up to version {@code target} (an upgrade test starts from an older one); returns it. */
  static int apply(Connection c, Dialect dialect, int target) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS crmkit_schema_version (version INTEGER PRIMARY KEY, "
          + "script VARCHAR(200) NOT NULL)");
    }
    c.commit();
    int current = current(c);
    if (current > SCRIPTS.size()) {
      throw new SQLException("the database is at schema version " + current + ", newer than this crmkit ("
          + SCRIPTS.size() + "); upgrade crmkit instead of downgrading the schema");
    }
    for (int v = current + 1; v <= target; v++) {
      String script = SCRIPTS.get(v - 1);
      try (Statement s = c.createStatement()) {
        for (String sql : statements(read(dialect, script))) {
          s.execute(sql);
        }
        try (PreparedStatement p = c.prepareStatement(
            "INSERT INTO crmkit_schema_version (version, script) VALUES (?, ?)")) {
          p.setInt(1, v);
          p.setString(2, script);
          p.executeUpdate();
        }
        c.commit();
        LOG.info("applied schema script {}", script);
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    }
    return Math.max(current, target);
  }

  /** The highest applied version, 0 for a new database. */
  static int current(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM crmkit_schema_version")) {
      r.next();
      return r.getInt(1);
    }
  }

  /** The statements of a script: split at semicolons that end a line; comment lines dropped. */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        statements.add(current.substring(0, current.lastIndexOf(";")).strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }

  /** The text of one script of the dialect. */
  static String read(Dialect dialect, String script) {
    try (InputStream in = SchemaMigrations.class.getResourceAsStream("/" + dialect.scriptsLocation() + "/" + script)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("schema script missing from the jar: " + script));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
