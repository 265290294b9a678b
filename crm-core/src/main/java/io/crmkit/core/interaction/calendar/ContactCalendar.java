package io.crmkit.core.interaction.calendar;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.interaction.InteractionHistory;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The T/E/M calendar (客户联络日历) of the course: customers as rows, days as columns, a letter per
 * contact in each cell and the note behind it. Built from stored interactions (their current
 * revisions), one cell per customer and day with at least one interaction. {@link CalendarText} and
 * {@link CalendarCsv} render it.
 *
 * <p>Immutable and thread-safe.
 */
public final class ContactCalendar {
  private final CalendarRange range;
  private final SortedSet<CustomerId> customers;
  private final Map<CustomerId, TreeMap<LocalDate, CalendarCell>> cells;

  private ContactCalendar(CalendarRange range, SortedSet<CustomerId> customers,
      Map<CustomerId, TreeMap<LocalDate, CalendarCell>> cells) {
    this.range = range;
    this.customers = customers;
    this.cells = cells;
  }

  /**
   * The calendar of {@code interactions} over {@code range}, with {@code rows} as rows (customers
   * with no contact in the range stay as empty rows; customers of interactions are added). A
   * channel without a letter is refused by name, and so is a day with more contacts with one
   * customer than a cell shows ({@link CalendarCell#MAX_CONTACTS}).
   */
  public static ContactCalendar of(CalendarRange range, Collection<CustomerId> rows,
      Collection<Interaction> interactions, CalendarLetters letters) {
    Require.notNull(range, "calendar.range");
    Require.notNull(rows, "calendar.rows");
    Require.notNull(letters, "calendar.letters");
    TreeMap<CustomerId, TreeMap<LocalDate, List<Interaction>>> byCell = new TreeMap<>();
    SortedSet<CustomerId> customers = new TreeSet<>(rows);
    for (Interaction i : InteractionHistory.of(interactions).current()) {
      if (!range.contains(i.day())) {
        continue;
      }
      customers.add(i.customer());
      byCell.computeIfAbsent(i.customer(), k -> new TreeMap<>())
          .computeIfAbsent(i.day(), k -> new ArrayList<>()).add(i);
    }
    List<CalendarCell> cells = new ArrayList<>();
    byCell.forEach((customer, days) -> days.forEach((day, list) -> {
      list.sort(Comparator.comparing((Interaction i) -> i.occurredAt().toInstant())
          .thenComparing(Interaction::id));
      Require.that(list.size() <= CalendarCell.MAX_CONTACTS, "calendar.interactions",
          "must hold at most " + CalendarCell.MAX_CONTACTS + " contacts with one customer on one day (one letter each)",
          customer + " on " + day + ": " + list.size() + " contacts");
      StringBuilder code = new StringBuilder();
      for (Interaction i : list) {
        code.append(letters.letterOf(i.channel()));
      }
      String note = shortened(list.stream().map(ContactCalendar::noteOf).collect(Collectors.joining("; ")));
      cells.add(new CalendarCell(customer, day, code.toString(), note));
    }));
    return ofCells(range, customers, cells);
  }

  /** A calendar from its cells (as read back from CSV); two cells for one customer-day are refused. */
  public static ContactCalendar ofCells(CalendarRange range, Collection<CustomerId> rows,
      Collection<CalendarCell> cells) {
    Require.notNull(range, "calendar.range");
    SortedSet<CustomerId> customers = new TreeSet<>(Require.notNull(rows, "calendar.rows"));
    Map<CustomerId, TreeMap<LocalDate, CalendarCell>> map = new TreeMap<>();
    for (CalendarCell c : Require.notNull(cells, "calendar.cells")) {
      Require.notNull(c, "calendar.cells[]");
      Require.that(range.contains(c.day()), "calendar.cells[].day", "must lie in " + range, c.day());
      customers.add(c.customer());
      CalendarCell before = map.computeIfAbsent(c.customer(), k -> new TreeMap<>()).put(c.day(), c);
      Require.that(before == null, "calendar.cells", "must hold one cell per customer and day",
          c.customer() + " " + c.day() + " twice");
    }
    return new ContactCalendar(range, customers, map);
  }

  /**
   * The note behind a cell is a view of the day's summaries: when they are together longer than a
   * note holds, it ends with "…" (the interactions keep every summary whole).
   */
  private static String shortened(String note) {
    if (note.length() <= Require.MAX_TEXT_LENGTH) {
      return note;
    }
    int cut = Require.MAX_TEXT_LENGTH - 1;
    return note.substring(0, Character.isHighSurrogate(note.charAt(cut - 1)) ? cut - 1 : cut) + "…";
  }

  private static String noteOf(Interaction i) {
    return i.summary().orElse(i.purpose().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
  }

  public CalendarRange range() {
    return range;
  }

  /** The rows, in id order. */
  public List<CustomerId> customers() {
    return List.copyOf(customers);
  }

  /** The cell of a customer on a day; empty when there was no contact. */
  public Optional<CalendarCell> cell(CustomerId customer, LocalDate day) {
    TreeMap<LocalDate, CalendarCell> row = cells.get(customer);
    return row == null ? Optional.empty() : Optional.ofNullable(row.get(day));
  }

  /** Every filled cell, by customer then day. */
  public List<CalendarCell> cells() {
    List<CalendarCell> all = new ArrayList<>();
    for (CustomerId c : customers) {
      TreeMap<LocalDate, CalendarCell> row = cells.get(c);
      if (row != null) {
        all.addAll(row.values());
      }
    }
    return List.copyOf(all);
  }

  /** When the customer was last contacted within the range; empty if not in it. */
  public Optional<LocalDate> lastContact(CustomerId customer) {
    TreeMap<LocalDate, CalendarCell> row = cells.get(customer);
    return row == null || row.isEmpty() ? Optional.empty() : Optional.of(row.lastKey());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContactCalendar other && range.equals(other.range)
        && customers.equals(other.customers) && cells().equals(other.cells());
  }

  @Override
  public int hashCode() {
    return range.hashCode() * 31 + cells().hashCode();
  }

  @Override
  public String toString() {
    return "ContactCalendar[" + range.from() + ".." + range.to() + ", " + customers.size() + " customers, "
        + cells().size() + " cells]";
  }
}
