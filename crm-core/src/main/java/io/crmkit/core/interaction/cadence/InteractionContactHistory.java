package io.crmkit.core.interaction.cadence;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.idic.InteractEvidence;
import io.crmkit.core.interaction.CommitmentOutcome;
import io.crmkit.core.interaction.CommitmentRecord;
import io.crmkit.core.interaction.CommitmentState;
import io.crmkit.core.interaction.choice.ChannelOption;
import io.crmkit.core.validation.Require;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The contact history IDIC's {@link InteractEvidence} reads, from real interactions: the last
 * contact, the cadence of the customer's tier, the promises overdue or broken within the current
 * cadence period, and the next step with the channel the due list suggests.
 *
 * <p>Immutable and thread-safe if the facts and the tier function are.
 */
public final class InteractionContactHistory implements InteractEvidence.ContactHistory {
  private final DuePlanner planner;
  private final ContactFacts facts;
  private final Function<CustomerId, CadenceTier> tierOf;

  private InteractionContactHistory(DuePlanner planner, ContactFacts facts,
      Function<CustomerId, CadenceTier> tierOf) {
    this.planner = planner;
    this.facts = facts;
    this.tierOf = tierOf;
  }

  /** The history of {@code facts}, with tiers from {@code tierOf} and channel suggestions from {@code planner}. */
  public static InteractionContactHistory of(DuePlanner planner, ContactFacts facts,
      Function<CustomerId, CadenceTier> tierOf) {
    return new InteractionContactHistory(Require.notNull(planner, "planner"),
        Require.notNull(facts, "contactFacts"), Require.notNull(tierOf, "tierOf"));
  }

  /** The IDIC evidence reading this history. */
  public InteractEvidence evidence() {
    return InteractEvidence.from(this);
  }

  @Override
  public Optional<Instant> lastContact(CustomerId customer) {
    return facts.lastContact(customer).map(t -> t.toInstant());
  }

  @Override
  public Duration cadence(CustomerId customer) {
    return Duration.ofDays(planner.policy().cadenceFor(customer, tier(customer)).days());
  }

  @Override
  public List<String> openIssues(Customer customer, Instant now) {
    LocalDate day = now.atZone(customer.contactPreferences().zone()).toLocalDate();
    int window = planner.policy().cadenceFor(customer.id(), tier(customer.id())).days();
    List<String> issues = new ArrayList<>();
    for (CommitmentRecord r : facts.commitments(customer.id())) {
      if (r.stateOn(day) == CommitmentState.OVERDUE) {
        issues.add("promise " + r.commitment().id() + " overdue since " + r.commitment().dueOn());
      } else if (r.resolution().map(x -> x.outcome() == CommitmentOutcome.BROKEN
          && !x.on().isBefore(day.minusDays(window))).orElse(false)) {
        issues.add("promise " + r.commitment().id() + " broken on " + r.resolution().get().on());
      }
    }
    return List.copyOf(issues);
  }

  @Override
  public Optional<String> nextStep(Customer customer, Instant now) {
    LocalDate day = now.atZone(customer.contactPreferences().zone()).toLocalDate();
    DueEntry entry = planner.entry(customer, tier(customer.id()), day, facts);
    Optional<ChannelOption> option = entry.suggestedChannel();
    if (entry.suggestion().isEmpty()) {
      return entry.dueOn().map(d -> "next contact due on " + d);
    }
    String purpose = entry.suggestion().get().purpose().name().toLowerCase(java.util.Locale.ROOT)
        .replace('_', ' ');
    return Optional.of(option.map(o -> purpose + " by " + o.channel().code() + " at "
            + o.at().toLocalDateTime())
        .orElse(purpose + ": no channel allowed, ask the customer how to reach them"));
  }

  private CadenceTier tier(CustomerId customer) {
    return Require.notNull(tierOf.apply(customer), "tierOf(customer)");
  }
}
