package io.crmkit.core.interaction.cadence;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.interaction.CommitmentRecord;
import io.crmkit.core.interaction.choice.ChannelChoice;
import io.crmkit.core.interaction.choice.ChannelOption;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One line of the account manager's due list: the customer, the due state, the days late, the last
 * contact, the planned contacts in the look-ahead, the overdue promises, and the suggested channel
 * with its reasons. A record rather than a generated value: a due list builds one per customer every
 * morning.
 *
 * @param customer the customer
 * @param state the due state on the list's day
 * @param daysLate days past the cadence; 0 unless overdue
 * @param lastContact the day of the last contact; empty if never contacted
 * @param cadence the customer's cadence
 * @param dueOn the day the next contact is due by cadence; empty if never contacted
 * @param planned planned contacts in the look-ahead, earliest first
 * @param overduePromises promises past their due day without an outcome
 * @param suggestion how and when to get in touch; empty for a customer who needs nothing today
 */
public record DueEntry(CustomerId customer, DueState state, long daysLate, Optional<LocalDate> lastContact,
    ContactCadence cadence, Optional<LocalDate> dueOn, List<PlannedContact> planned,
    List<CommitmentRecord> overduePromises, Optional<ChannelChoice> suggestion) {
  public DueEntry {
    Require.notNull(customer, "dueEntry.customer");
    Require.notNull(state, "dueEntry.state");
    Require.that(daysLate >= 0, "dueEntry.daysLate", "must not be negative", daysLate);
    Require.notNull(lastContact, "dueEntry.lastContact");
    Require.notNull(cadence, "dueEntry.cadence");
    Require.notNull(dueOn, "dueEntry.dueOn");
    planned = List.copyOf(Require.notNull(planned, "dueEntry.planned"));
    overduePromises = List.copyOf(Require.notNull(overduePromises, "dueEntry.overduePromises"));
    Require.notNull(suggestion, "dueEntry.suggestion");
  }

  /** Whether the account manager has something to do for this customer today. */
  public boolean needsAction() {
    return state != DueState.NOT_DUE || !overduePromises.isEmpty();
  }

  /** The suggested option, if a channel is allowed. */
  public Optional<ChannelOption> suggestedChannel() {
    return suggestion.flatMap(ChannelChoice::chosen);
  }
}
