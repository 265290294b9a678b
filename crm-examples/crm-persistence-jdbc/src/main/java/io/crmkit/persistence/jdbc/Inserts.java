package io.crmkit.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * Inserting the row of a new aggregate, where the primary key decides whether another writer got
 * there first. The insert runs under a savepoint, so a refused insert leaves the transaction usable
 * (PostgreSQL aborts a transaction at its first error otherwise) and the caller can read what is
 * stored to name it in the conflict.
 */
final class Inserts {
  private Inserts() {}

  /** Sets the statement's parameters. */
  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement s) throws SQLException;
  }

  /** Runs the INSERT; false, with nothing written, when the key already exists. */
  static boolean ifAbsent(Connection c, String insert, Binder binder) throws SQLException {
    Savepoint before = c.setSavepoint();
    try (PreparedStatement s = c.prepareStatement(insert)) {
      binder.bind(s);
      s.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (!isDuplicateKey(e)) {
        throw e;
      }
      c.rollback(before);
      return false;
    }
  }

  /** SQLSTATE 23505: unique violation, in H2 and PostgreSQL alike. */
  private static boolean isDuplicateKey(SQLException e) {
    return "23505".equals(e.getSQLState());
  }
}
