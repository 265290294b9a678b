package io.crmkit.core.idic;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.text.Words;
import io.crmkit.core.validation.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Interact is done when the last contact with the customer lies within their contact cadence
 * (last contact + cadence is not before now).
 */
public final class InteractEvidence implements StageEvidence {

  /** When we last were in contact with a customer, and how often we should be. */
  public interface ContactHistory {
    Optional<Instant> lastContact(CustomerId customer);

    /** The agreed interval between contacts for this customer; must be positive. */
    Duration cadence(CustomerId customer);
  }

  private final ContactHistory history;

  private InteractEvidence(ContactHistory history) {
    this.history = history;
  }

  public static InteractEvidence from(ContactHistory history) {
    return new InteractEvidence(Require.notNull(history, "contactHistory"));
  }

  @Override
  public IdicStage stage() {
    return IdicStage.INTERACT;
  }

  @Override
  public StageAssessment assess(Customer customer, Instant now) {
    Duration cadence = Require.positive(history.cadence(customer.id()), "contactHistory.cadence");
    Optional<Instant> last = history.lastContact(customer.id());
    String channel = customer.contactPreferences().bestChannelAt(now)
        .map(c -> " by " + Words.of(c)).orElse("");
    if (last.isEmpty()) {
      return StageAssessment.missing(stage(), List.of("no contact recorded"),
          "make a first contact" + channel);
    }
    Instant due = last.get().plus(cadence);
    if (due.isBefore(now)) {
      long overdueDays = Duration.between(due, now).toDays();
      return StageAssessment.missing(stage(),
          List.of("last contact " + last.get() + " is " + overdueDays + " days beyond the cadence of "
              + cadence.toDays() + " days"),
          "get in touch" + channel);
    }
    return StageAssessment.done(stage(), "next contact due by " + due);
  }
}
