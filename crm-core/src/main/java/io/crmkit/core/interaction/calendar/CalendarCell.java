package io.crmkit.core.interaction.calendar;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * One filled cell of the contact calendar: a customer, a day, one letter per contact that day in
 * time order ("TE": a call, then an email), and the note kept behind the cell (沟通的重点内容). The
 * note is the account manager's own record and may hold personal content.
 *
 * @param customer the row
 * @param day the column
 * @param letters one upper-case letter per contact, at least one
 * @param note what the contacts were about; may be empty
 */
public record CalendarCell(CustomerId customer, LocalDate day, String letters, String note) {
  /** The most contacts one cell shows (one letter each): a bound for files read back, far above a real day. */
  public static final int MAX_CONTACTS = 64;

  private static final Pattern LETTERS = Pattern.compile("[A-Z]{1," + MAX_CONTACTS + "}");

  public CalendarCell {
    Require.notNull(customer, "calendarCell.customer");
    Require.notNull(day, "calendarCell.day");
    Require.notNull(letters, "calendarCell.letters");
    Require.that(LETTERS.matcher(letters).matches(), "calendarCell.letters",
        "must be 1-" + MAX_CONTACTS + " upper-case letters", letters);
    Require.notNull(note, "calendarCell.note");
    Require.that(note.length() <= Require.MAX_TEXT_LENGTH, "calendarCell.note",
        "must be at most " + Require.MAX_TEXT_LENGTH + " characters", note.length() + " characters");
  }

  @Override
  public String toString() {
    return "CalendarCell[" + customer + " " + day + " " + letters + (note.isEmpty() ? "" : " +note") + "]";
  }
}
