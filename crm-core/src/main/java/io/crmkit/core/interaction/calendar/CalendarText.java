package io.crmkit.core.interaction.calendar;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The contact calendar as aligned plain text: a header of day numbers under the range, one row per
 * customer with the letters in each day's column ({@code .} for no contact), and the notes behind the
 * cells listed under the grid, as a spreadsheet's cell comments would be. Stateless.
 */
public final class CalendarText {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd");
  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

  private CalendarText() {}

  /** The grid and its notes. */
  public static String render(ContactCalendar calendar) {
    return render(calendar, true);
  }

  /** The grid, with the notes under it when {@code withNotes}. */
  public static String render(ContactCalendar calendar, boolean withNotes) {
    Require.notNull(calendar, "calendar");
    List<LocalDate> days = calendar.range().dayList();
    List<CustomerId> rows = calendar.customers();
    int first = "customer".length();
    for (CustomerId c : rows) {
      first = Math.max(first, c.value().length());
    }
    int[] widths = new int[days.size()];
    for (int d = 0; d < days.size(); d++) {
      int w = 2;
      for (CustomerId c : rows) {
        w = Math.max(w, calendar.cell(c, days.get(d)).map(x -> x.letters().length()).orElse(1));
      }
      widths[d] = w;
    }
    StringBuilder out = new StringBuilder();
    out.append(calendar.range().from()).append(" .. ").append(calendar.range().to()).append('\n');
    out.append(pad("customer", first));
    for (int d = 0; d < days.size(); d++) {
      out.append(' ').append(pad(DAY.format(days.get(d)), widths[d]));
    }
    trimEnd(out);
    out.append('\n');
    for (CustomerId c : rows) {
      out.append(pad(c.value(), first));
      for (int d = 0; d < days.size(); d++) {
        String cell = calendar.cell(c, days.get(d)).map(CalendarCell::letters).orElse(".");
        out.append(' ').append(pad(cell, widths[d]));
      }
      trimEnd(out);
      out.append('\n');
    }
    if (withNotes) {
      List<CalendarCell> noted = calendar.cells().stream().filter(x -> !x.note().isEmpty()).toList();
      if (!noted.isEmpty()) {
        out.append("notes:\n");
        for (CalendarCell x : noted) {
          out.append("  ").append(x.customer()).append(' ').append(MONTH_DAY.format(x.day())).append(' ')
              .append(x.letters()).append(": ").append(x.note().replace('\n', ' ')).append('\n');
        }
      }
    }
    return out.toString();
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }

  private static void trimEnd(StringBuilder b) {
    while (b.length() > 0 && b.charAt(b.length() - 1) == ' ') {
      b.setLength(b.length() - 1);
    }
  }
}
