package io.crmkit.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The databases the JDBC stores know, each with its own schema scripts. The scripts of a dialect sit
 * in the jar at {@link #scriptsLocation()} under Flyway's names ({@code V<n>__<what>.sql}), so a host
 * that migrates with Flyway points it there; {@link JdbcStores#on} applies the same scripts itself.
 */
public enum Dialect {
  /**
   * PostgreSQL (12 or later): {@code bytea} records, {@code timestamptz} times, searchable projections
   * in {@code jsonb} columns with GIN indexes, and the server's row locks for concurrent writers, in one
   * JVM or many.
   */
  POSTGRESQL("postgresql", false, "CAST(? AS jsonb)"),
  /**
   * H2 2.x, embedded (in-memory or a file): one JVM owns the database, and writers of one aggregate
   * also take a lock in that JVM, because H2's conditional UPDATE lost updates under eight writers.
   * Searchable projections in H2's {@code JSON} type (checked JSON, no index).
   */
  H2("h2", true, "? FORMAT JSON");

  private final String directory;
  private final boolean lockInProcess;
  private final String jsonParameter;

  Dialect(String directory, boolean lockInProcess, String jsonParameter) {
    this.directory = directory;
    this.lockInProcess = lockInProcess;
    this.jsonParameter = jsonParameter;
  }

  /** The SQL of a parameter set as JSON text and stored in the dialect's JSON column type. */
  String jsonParameter() {
    return jsonParameter;
  }

  /** Where the dialect's migration scripts are, as Flyway names a location: {@code classpath:io/crmkit/...}. */
  public String flywayLocation() {
    return "classpath:" + scriptsLocation();
  }

  /**
   * The jar directory of the dialect's scripts, e.g. {@code crmkit-schema/postgresql}: outside Flyway's
   * default {@code db/migration}, so a host's own migrations never pick them up by accident.
   */
  public String scriptsLocation() {
    return "crmkit-schema/" + directory;
  }

  boolean lockInProcess() {
    return lockInProcess;
  }

  /** The dialect of the database behind {@code c}, from its product name. */
  static Dialect of(Connection c) throws SQLException {
    String product = c.getMetaData().getDatabaseProductName();
    String lower = product.toLowerCase(Locale.ROOT);
    if (lower.contains("postgresql")) {
      return POSTGRESQL;
    }
    if (lower.equals("h2")) {
      return H2;
    }
    throw new SQLException("crmkit's JDBC stores know PostgreSQL and H2, not " + product
        + "; implement the persistence SPI for it and run the contract kit");
  }
}
