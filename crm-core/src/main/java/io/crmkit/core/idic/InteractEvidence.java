package io.crmkit.core.idic;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.text.Words;
import io.crmkit.core.validation.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Interact is done when the last contact with the customer lies within their contact cadence
 * (last contact + cadence is not before now) and the record shows no open issue (an overdue or
 * broken promise). The contact history comes from the host; {@code
 * io.crmkit.core.interaction.cadence.InteractionContactHistory} reads it from real interactions.
 */
public final class InteractEvidence implements StageEvidence {

  /** When we last were in contact with a customer, and how often we should be. */
  public interface ContactHistory {
    Optional<Instant> lastContact(CustomerId customer);

    /** The agreed interval between contacts for this customer; must be positive. */
    Duration cadence(CustomerId customer);

    /**
     * What else stands in the way of a kept relationship on {@code now}: overdue or broken promises,
     * each in words. None by default.
     */
    default List<String> openIssues(Customer customer, Instant now) {
      return List.of();
    }

    /** The next step the record suggests (a channel and time); empty to let the evidence say it. */
    default Optional<String> nextStep(Customer customer, Instant now) {
      return Optional.empty();
    }
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
    Optional<String> suggested = history.nextStep(customer, now);
    List<String> issues = List.copyOf(history.openIssues(customer, now));
    if (last.isEmpty()) {
      List<String> missing = new ArrayList<>(List.of("no contact recorded"));
      missing.addAll(issues);
      return StageAssessment.missing(stage(), missing, suggested.orElse("make a first contact" + channel));
    }
    Instant due = last.get().plus(cadence);
    List<String> missing = new ArrayList<>();
    if (due.isBefore(now)) {
      long overdueDays = Duration.between(due, now).toDays();
      missing.add("last contact " + last.get() + " is " + overdueDays + " days beyond the cadence of "
          + cadence.toDays() + " days");
    }
    missing.addAll(issues);
    if (!missing.isEmpty()) {
      return StageAssessment.missing(stage(), missing, suggested.orElse("get in touch" + channel));
    }
    return StageAssessment.done(stage(), "next contact due by " + due
        + suggested.map(s -> "; " + s).orElse(""));
  }
}
