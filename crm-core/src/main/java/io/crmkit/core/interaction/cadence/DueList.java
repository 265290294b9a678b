package io.crmkit.core.interaction.cadence;

import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.util.List;

/**
 * What an account manager looks at every morning: each of their customers with the due state on
 * that day, most urgent first (overdue by days late, due today, planned, not due; overdue promises
 * raise a customer within its state).
 *
 * @param manager the account manager
 * @param day the day of the list
 * @param entries every customer of the manager, most urgent first
 */
public record DueList(EmployeeId manager, LocalDate day, List<DueEntry> entries) {
  public DueList {
    Require.notNull(manager, "dueList.manager");
    Require.notNull(day, "dueList.day");
    entries = List.copyOf(entries);
  }

  /** The entries in {@code state}. */
  public List<DueEntry> inState(DueState state) {
    return entries.stream().filter(e -> e.state() == state).toList();
  }

  /** The entries with something to do today: not due only when a promise is overdue. */
  public List<DueEntry> needingAction() {
    return entries.stream().filter(DueEntry::needsAction).toList();
  }
}
