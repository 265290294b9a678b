package io.crmkit.core.interaction.cadence;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.contact.ContactPreferences;
import io.crmkit.core.interaction.CommitmentRecord;
import io.crmkit.core.interaction.CommitmentState;
import io.crmkit.core.interaction.Purpose;
import io.crmkit.core.interaction.choice.ChannelChoice;
import io.crmkit.core.interaction.choice.ChannelChooser;
import io.crmkit.core.validation.Require;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the due list (客户联络计划): for each customer the cadence from their tier or override, the
 * {@link CadenceStatus} from the last contact, planned contacts within the look-ahead, overdue
 * promises, and for those who need something a channel suggestion at the start of the working day
 * in the customer's zone (follow-up when a promise is late, the planned purpose, or a regular
 * check-in).
 *
 * <p>Immutable and thread-safe.
 */
public final class DuePlanner {
  /** State, then more days late first, then more overdue promises first, then customer id. */
  private static final Comparator<DueEntry> URGENCY = (a, b) -> {
    int c = a.state().compareTo(b.state());
    if (c != 0) {
      return c;
    }
    c = Long.compare(b.daysLate(), a.daysLate());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(b.overduePromises().size(), a.overduePromises().size());
    return c != 0 ? c : a.customer().compareTo(b.customer());
  };

  private final CadencePolicy policy;
  private final ChannelChooser chooser;
  private final Map<CustomerId, List<PlannedContact>> planned;
  private final int lookAheadDays;
  private final LocalTime startOfDay;

  private DuePlanner(CadencePolicy policy, ChannelChooser chooser,
      Map<CustomerId, List<PlannedContact>> planned, int lookAheadDays, LocalTime startOfDay) {
    this.policy = policy;
    this.chooser = chooser;
    this.planned = planned;
    this.lookAheadDays = lookAheadDays;
    this.startOfDay = startOfDay;
  }

  /** A planner without planned contacts, looking 7 days ahead, suggesting channels for 09:00. */
  public static DuePlanner of(CadencePolicy policy, ChannelChooser chooser) {
    Require.notNull(policy, "duePlanner.policy");
    Require.notNull(chooser, "duePlanner.chooser");
    return new DuePlanner(policy, chooser, Map.of(), 7, LocalTime.of(9, 0));
  }

  /** This planner with the festival greetings and product notices {@code contacts}. */
  public DuePlanner withPlanned(Collection<PlannedContact> contacts) {
    Require.notNull(contacts, "duePlanner.planned");
    Map<CustomerId, List<PlannedContact>> copy = new HashMap<>();
    planned.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
    for (PlannedContact p : contacts) {
      copy.computeIfAbsent(Require.notNull(p, "duePlanner.planned[]").customer(),
          k -> new ArrayList<>()).add(p);
    }
    Map<CustomerId, List<PlannedContact>> frozen = new HashMap<>();
    copy.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new DuePlanner(policy, chooser, Map.copyOf(frozen), lookAheadDays, startOfDay);
  }

  /** This planner counting planned contacts up to {@code days} days ahead (0: the day only). */
  public DuePlanner withLookAhead(int days) {
    Require.that(days >= 0 && days <= 366, "duePlanner.lookAheadDays", "must be within 0..366", days);
    return new DuePlanner(policy, chooser, planned, days, startOfDay);
  }

  /** This planner suggesting channels for {@code time} of the day, in each customer's zone. */
  public DuePlanner withStartOfDay(LocalTime time) {
    return new DuePlanner(policy, chooser, planned, lookAheadDays, Require.notNull(time, "duePlanner.startOfDay"));
  }

  public CadencePolicy policy() {
    return policy;
  }

  /**
   * The due list of {@code manager} on {@code day}: the customers whose current account manager is
   * {@code manager}, in tiers given by {@code tierOf}, with the facts from the store.
   */
  public DueList dueList(EmployeeId manager, LocalDate day, Collection<Customer> customers,
      Function<Customer, CadenceTier> tierOf, ContactFacts facts) {
    Require.notNull(manager, "manager");
    Require.notNull(day, "day");
    Require.notNull(customers, "customers");
    Require.notNull(tierOf, "tierOf");
    Require.notNull(facts, "contactFacts");
    List<DueEntry> entries = new ArrayList<>(customers.size());
    // Customers with equal preferences, zone and purpose get the same suggestion: choose once each.
    Map<SuggestionKey, ChannelChoice> suggestions = new HashMap<>();
    Map<java.time.ZoneId, Instant> starts = new HashMap<>();
    for (Customer c : customers) {
      if (c.currentAccountManager().filter(manager::equals).isPresent()) {
        entries.add(entry(c, Require.notNull(tierOf.apply(c), "tierOf(customer)"), day, facts, suggestions,
            starts));
      }
    }
    entries.sort(URGENCY);
    return new DueList(manager, day, entries);
  }

  /** The due line of one customer on {@code day}. */
  public DueEntry entry(Customer customer, CadenceTier tier, LocalDate day, ContactFacts facts) {
    return entry(customer, Require.notNull(tier, "tier"), Require.notNull(day, "day"),
        Require.notNull(facts, "contactFacts"), new HashMap<>(), new HashMap<>());
  }

  private record SuggestionKey(Purpose purpose, ContactPreferences preferences, Instant at) { }

  private DueEntry entry(Customer customer, CadenceTier tier, LocalDate day, ContactFacts facts,
      Map<SuggestionKey, ChannelChoice> suggestions, Map<java.time.ZoneId, Instant> starts) {
    ContactCadence cadence = policy.cadenceFor(customer.id(), tier);
    Optional<LocalDate> last = facts.lastContact(customer.id()).map(t -> t.toLocalDate());
    CadenceStatus status = CadenceStatus.of(last, cadence, day);
    List<PlannedContact> ahead = plannedAhead(customer.id(), day);
    List<CommitmentRecord> commitments = facts.commitments(customer.id());
    List<CommitmentRecord> late = commitments.isEmpty() ? List.of() : new ArrayList<>();
    for (CommitmentRecord r : commitments) {
      if (r.stateOn(day) == CommitmentState.OVERDUE) {
        late.add(r);
      }
    }
    DueState state = status.state() == DueState.NOT_DUE && !ahead.isEmpty() ? DueState.PLANNED
        : status.state();
    Optional<ChannelChoice> suggestion = Optional.empty();
    if (state != DueState.NOT_DUE || !late.isEmpty()) {
      Purpose purpose = !late.isEmpty() ? Purpose.FOLLOW_UP
          : state == DueState.PLANNED ? ahead.get(0).purpose() : Purpose.REGULAR_CHECK_IN;
      ContactPreferences prefs = customer.contactPreferences();
      Instant at = starts.computeIfAbsent(prefs.zone(), z -> day.atTime(startOfDay).atZone(z).toInstant());
      suggestion = Optional.of(suggestions.computeIfAbsent(new SuggestionKey(purpose, prefs, at),
          k -> chooser.choose(k.purpose(), k.preferences(), k.at())));
    }
    return new DueEntry(customer.id(), state, status.daysLate(), last, cadence, status.dueOn(), ahead, late,
        suggestion);
  }

  private List<PlannedContact> plannedAhead(CustomerId customer, LocalDate day) {
    List<PlannedContact> all = planned.get(customer);
    if (all == null) {
      return List.of();
    }
    LocalDate last = day.plusDays(lookAheadDays);
    return all.stream().filter(p -> !p.on().isBefore(day) && !p.on().isAfter(last))
        .sorted(Comparator.comparing(PlannedContact::on)).toList();
  }
}
