package io.crmkit.core.interaction.calendar;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.validation.Require;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contact calendar as CSV (RFC 4180), for a spreadsheet: a header {@code customer,<day>,...}
 * with ISO days, then one row per customer; a filled cell is its letters, followed by {@code ": "}
 * and the note when there is one ({@code T: asked about the bond fund}). {@link #read} gives back
 * the same calendar {@link #write} was given. Stateless.
 */
public final class CalendarCsv {
  private static final Pattern CELL = Pattern.compile("([A-Z]{1," + CalendarCell.MAX_CONTACTS + "})(?:: (.*))?",
      Pattern.DOTALL);

  private CalendarCsv() {}

  /** The calendar as CSV text, lines ending in CRLF. */
  public static String write(ContactCalendar calendar) {
    Require.notNull(calendar, "calendar");
    List<LocalDate> days = calendar.range().dayList();
    StringBuilder out = new StringBuilder("customer");
    for (LocalDate d : days) {
      out.append(',').append(d);
    }
    out.append("\r\n");
    for (CustomerId c : calendar.customers()) {
      out.append(quote(c.value()));
      for (LocalDate d : days) {
        out.append(',');
        calendar.cell(c, d).ifPresent(x -> out.append(
            quote(x.note().isEmpty() ? x.letters() : x.letters() + ": " + x.note())));
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  /** The calendar the CSV holds; the range is checked against {@code maxDays}. */
  public static ContactCalendar read(String csv, int maxDays) {
    Require.notNull(csv, "calendarCsv");
    List<List<String>> rows = parse(csv);
    Require.that(!rows.isEmpty() && rows.get(0).size() >= 2 && rows.get(0).get(0).equals("customer"),
        "calendarCsv.header", "must start with customer and at least one day", rows.isEmpty() ? "empty"
            : String.join(",", rows.get(0)));
    List<String> header = rows.get(0);
    List<LocalDate> days = new ArrayList<>();
    for (int i = 1; i < header.size(); i++) {
      LocalDate d;
      try {
        d = LocalDate.parse(header.get(i));
      } catch (DateTimeException e) {
        throw new InvalidValueException("calendarCsv.header[" + i + "]", "must be an ISO day", "'" + header.get(i) + "'");
      }
      Require.that(i == 1 || d.equals(days.get(i - 2).plusDays(1)), "calendarCsv.header[" + i + "]",
          "must be the day after " + (i == 1 ? "" : days.get(i - 2)), d);
      days.add(d);
    }
    CalendarRange range = CalendarRange.of(days.get(0), days.get(days.size() - 1), maxDays);
    List<CustomerId> customers = new ArrayList<>();
    List<CalendarCell> cells = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      Require.that(row.size() == header.size(), "calendarCsv.row[" + r + "]",
          "must have " + header.size() + " fields", row.size() + " fields");
      CustomerId customer = CustomerId.of(row.get(0));
      customers.add(customer);
      for (int i = 1; i < row.size(); i++) {
        String text = row.get(i);
        if (text.isEmpty()) {
          continue;
        }
        Matcher m = CELL.matcher(text);
        Require.that(m.matches(), "calendarCsv.row[" + r + "][" + i + "]",
            "must be letters A-Z, optionally followed by ': ' and a note", "'" + text + "'");
        cells.add(new CalendarCell(customer, days.get(i - 1), m.group(1),
            m.group(2) == null ? "" : m.group(2)));
      }
    }
    return ContactCalendar.ofCells(range, customers, cells);
  }

  private static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  private static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        rows.add(row);
        row = new ArrayList<>();
        field.setLength(0);
        any = false;
      } else {
        field.append(c);
        any = true;
      }
    }
    Require.that(!quoted, "calendarCsv", "must close every quoted field", "unclosed quote");
    if (any || field.length() > 0) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
