package io.crmkit.persistence.jdbc;

import io.crmkit.persistence.Page;
import io.crmkit.persistence.PageRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keyset paging, shared by the stores: the rows after the cursor in key order, reading one row more
 * than the page to know whether another page follows. The cursor is the last key, so a page costs
 * one index range scan however deep it is, and rows written meanwhile never shift the pages.
 */
final class KeysetPages {
  private KeysetPages() {}

  /** Reads the value of one row; the first column is the key. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  /**
   * One page of {@code SELECT key, ... FROM table}, with {@code columns} naming the key column first.
   */
  static <T> Page<T> page(Connection c, String table, String columns, PageRequest request, RowReader<T> reader)
      throws SQLException {
    String key = columns.split(",")[0].strip();
    String sql = "SELECT " + columns + " FROM " + table + (request.after().isPresent() ? " WHERE " + key + " > ?" : "")
        + " ORDER BY " + key + " FETCH FIRST ? ROWS ONLY";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int p = 1;
      if (request.after().isPresent()) {
        s.setString(p++, request.after().get());
      }
      s.setInt(p, request.size() + 1);
      List<T> items = new ArrayList<>(request.size());
      String lastKey = null;
      boolean more = false;
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          if (items.size() == request.size()) {
            more = true;
            break;
          }
          lastKey = r.getString(1);
          items.add(reader.read(r));
        }
      }
      return Page.of(items, more ? Optional.of(lastKey) : Optional.empty());
    }
  }
}
