package io.crmkit.core.interaction.cadence;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.interaction.CommitmentRecord;
import io.crmkit.core.interaction.choice.ChannelChoice;
import io.crmkit.core.interaction.choice.ChannelOption;
import io.crmkit.core.validation.CrmStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of the account manager's due list: the customer, the due state, the days late, the last
 * contact, the planned contacts in the look-ahead, the overdue promises, and the suggested channel
 * with its reasons.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class DueEntry {
  public abstract CustomerId customer();

  public abstract DueState state();

  /** Days past the cadence; 0 unless overdue. */
  public abstract long daysLate();

  public abstract Optional<LocalDate> lastContact();

  public abstract ContactCadence cadence();

  /** The day the next contact is due by cadence; empty if never contacted. */
  public abstract Optional<LocalDate> dueOn();

  public abstract List<PlannedContact> planned();

  /** Promises past their due day without an outcome. */
  public abstract List<CommitmentRecord> overduePromises();

  /** How and when to get in touch; empty for a customer who needs nothing today. */
  public abstract Optional<ChannelChoice> suggestion();

  /** Whether the account manager has something to do for this customer today. */
  public boolean needsAction() {
    return state() != DueState.NOT_DUE || !overduePromises().isEmpty();
  }

  /** The suggested option, if a channel is allowed. */
  public Optional<ChannelOption> suggestedChannel() {
    return suggestion().flatMap(ChannelChoice::chosen);
  }
}
