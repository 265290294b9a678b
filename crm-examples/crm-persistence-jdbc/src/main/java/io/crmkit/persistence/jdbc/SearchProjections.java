package io.crmkit.persistence.jdbc;

import io.crmkit.core.complaint.ComplaintEventCodec;
import io.crmkit.core.complaint.ComplaintEventJson;
import io.crmkit.core.customer.CustomerCodec;
import io.crmkit.core.customer.CustomerJson;
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
 * The searchable projections beside the records (schema version 4): {@code search} columns holding
 * {@link CustomerJson#searchable} and {@link ComplaintEventJson#searchable}. The stores write them with
 * every record; rows stored before version 4 are filled here, when the stores open, for each table
 * that {@code crmkit_projection_backfill} still lists: in key order, a batch per transaction, each row
 * only if it still has no projection and, for customers, still has the version that was read (a
 * writer in between wrote its own). The table's entry goes when it is done, so later opens read one
 * empty table and nothing else.
 */
final class SearchProjections {
  static final String BACKFILL_TABLE = "crmkit_projection_backfill";
  private static final int BATCH = 1_000;
  private static final Logger LOG = LoggerFactory.getLogger(SearchProjections.class);

  private SearchProjections() {}

  /** Fills every projection still missing; returns how many rows it filled. */
  static long fillMissing(JdbcUnitOfWork tx, Dialect dialect) {
    List<String> pending = tx.run("read which searchable projections to fill", SearchProjections::pending);
    long filled = 0;
    for (String table : pending) {
      long rows = switch (table) {
        case "crmkit_customer" -> fillCustomers(tx, dialect);
        case "crmkit_complaint_event" -> fillEvents(tx, dialect);
        default -> throw new io.crmkit.persistence.StorageException("fill the searchable projections",
            new SQLException(BACKFILL_TABLE + " names " + table + ", which this crmkit has no projection for"));
      };
      tx.run("finish the searchable projection of " + table, c -> {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM " + BACKFILL_TABLE + " WHERE table_name = ?")) {
          s.setString(1, table);
          return s.executeUpdate();
        }
      });
      LOG.info("filled the searchable projection of {} rows of {}", rows, table);
      filled += rows;
    }
    return filled;
  }

  private static List<String> pending(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT table_name FROM " + BACKFILL_TABLE + " ORDER BY table_name DESC")) {
      while (r.next()) {
        tables.add(r.getString(1));
      }
    } catch (SQLException e) {
      throw new SQLException("the database has no " + BACKFILL_TABLE + " table: it is not at crmkit schema version "
          + SchemaMigrations.SCRIPTS.size() + "; run the migrations (JdbcStores.on, or Flyway at "
          + "Dialect.flywayLocation()) before JdbcStores.onMigrated", e.getSQLState(), e);
    }
    return tables;
  }

  private static long fillCustomers(JdbcUnitOfWork tx, Dialect dialect) {
    long filled = 0;
    String[] after = {""};
    while (true) {
      int batch = tx.run("fill the searchable projection of crmkit_customer", c -> {
        int read = 0;
        try (PreparedStatement select = c.prepareStatement("SELECT id, version, record FROM crmkit_customer "
                + "WHERE id > ? AND search IS NULL ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY");
            PreparedStatement update = c.prepareStatement("UPDATE crmkit_customer SET search = "
                + dialect.jsonParameter() + " WHERE id = ? AND version = ? AND search IS NULL")) {
          select.setString(1, after[0]);
          try (ResultSet r = select.executeQuery()) {
            while (r.next()) {
              read++;
              after[0] = r.getString(1);
              long version = r.getLong(2);
              update.setString(1, CustomerJson.searchable(CustomerCodec.decode(r.getBytes(3), version)));
              update.setString(2, after[0]);
              update.setLong(3, version);
              update.addBatch();
            }
          }
          update.executeBatch();
        }
        return read;
      });
      filled += batch;
      if (batch < BATCH) {
        return filled;
      }
    }
  }

  private static long fillEvents(JdbcUnitOfWork tx, Dialect dialect) {
    long filled = 0;
    String[] afterComplaint = {""};
    int[] afterSeq = {0};
    while (true) {
      int batch = tx.run("fill the searchable projection of crmkit_complaint_event", c -> {
        int read = 0;
        try (PreparedStatement select = c.prepareStatement("SELECT complaint_id, seq, record FROM crmkit_complaint_event "
                + "WHERE (complaint_id, seq) > (?, ?) AND search IS NULL ORDER BY complaint_id, seq FETCH FIRST "
                + BATCH + " ROWS ONLY");
            PreparedStatement update = c.prepareStatement("UPDATE crmkit_complaint_event SET search = "
                + dialect.jsonParameter() + " WHERE complaint_id = ? AND seq = ? AND search IS NULL")) {
          select.setString(1, afterComplaint[0]);
          select.setInt(2, afterSeq[0]);
          try (ResultSet r = select.executeQuery()) {
            while (r.next()) {
              read++;
              afterComplaint[0] = r.getString(1);
              afterSeq[0] = r.getInt(2);
              update.setString(1, ComplaintEventJson.searchable(ComplaintEventCodec.decode(r.getBytes(3))));
              update.setString(2, afterComplaint[0]);
              update.setInt(3, afterSeq[0]);
              update.addBatch();
            }
          }
          update.executeBatch();
        }
        return read;
      });
      filled += batch;
      if (batch < BATCH) {
        return filled;
      }
    }
  }
}
