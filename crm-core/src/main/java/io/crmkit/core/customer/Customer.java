package io.crmkit.core.customer;

import com.google.common.collect.Sets;
import io.crmkit.core.customer.classification.CustomerClassifier;
import io.crmkit.core.customer.confidentiality.Consent;
import io.crmkit.core.customer.contact.ContactPerson;
import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPreferences;
import io.crmkit.core.customer.contact.ContactRole;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.Need;
import io.crmkit.core.customer.profile.NoNeedJudgement;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.customer.profile.RelatedParty;
import io.crmkit.core.customer.sales.Order;
import io.crmkit.core.customer.sales.Product;
import io.crmkit.core.customer.sales.Quotation;
import io.crmkit.core.money.Money;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.validation.Require;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The customer aggregate: who the customer is, how to reach them, what we know about them, who serves
 * them and what they bought. Every later stage of IDIC reads it: it is identified (step 1) here,
 * differentiated by value and style, interacted with on its channels, served by a customized plan.
 *
 * <p>Profile facts form an append-only history: recording, verifying and disputing add revisions,
 * nothing is overwritten. Classifications (deal status, importance, urgency, demand, closeness) are
 * computed from the record by {@link CustomerClassifier}, never kept by hand.
 *
 * <p>Confidential fact values are read only through {@link
 * io.crmkit.core.customer.confidentiality.Disclosures}, which the host sets up with its authoriser,
 * its audit sink and the library's clock.
 *
 * <p>{@link #version()} is the version the host's store last saved, for optimistic concurrency; the
 * domain operations keep it, the store raises it on save.
 *
 * <p>Immutable and thread-safe: every operation returns a new customer.
 */
@Value.Immutable
@CrmStyle
public abstract class Customer {

  public abstract CustomerId id();

  /** The stored version for optimistic concurrency; 0 for a customer never saved. */
  @Value.Default
  public long version() {
    return 0;
  }

  /**
   * This customer at {@code version}, every other field the same: for storage adapters, which store
   * {@code version() + 1} on each save and hand that copy back (see {@link #nextVersion()}).
   *
   * @throws io.crmkit.core.validation.InvalidValueException if {@code version} is negative
   */
  public Customer withVersion(long version) {
    return ImmutableCustomer.copyOf(this).withVersion(version);
  }

  /** This customer as a store saves it: at {@code version() + 1}. */
  public Customer nextVersion() {
    return withVersion(version() + 1);
  }

  public abstract CustomerKind kind();

  /** The name staff see: "Li Wei", "Acme GmbH". Personal data, but needed to serve the customer. */
  public abstract String displayName();

  public abstract List<ContactPoint> contactPoints();

  @Value.Default
  public ContactPreferences contactPreferences() {
    return ContactPreferences.NONE;
  }

  /** Every account manager the customer had, oldest first; only the last may be current. */
  public abstract List<AccountManagerAssignment> accountManagers();

  /** For organizations: the people we deal with there. Empty for a person. */
  public abstract List<ContactPerson> contactPersons();

  /** Every revision of every profile fact, in the order they were recorded here. */
  public abstract List<ProfileFact> facts();

  public abstract List<RelatedParty> relatedParties();

  public abstract List<Consent> consents();

  public abstract List<Order> orders();

  /** The quote history, in the order the quotes were made. */
  public abstract List<Quotation> quotations();

  public abstract List<Need> needs();

  /**
   * The judgement that the customer will never need what we sell, with its reason: what makes the
   * customer {@link io.crmkit.core.customer.classification.Demand#DEAD}; empty when nobody judged so.
   */
  public abstract Optional<NoNeedJudgement> noNeedJudgement();

  public abstract Optional<PlannedAction> nextAction();

  /** What the customer could buy from us in a year, as estimated by sales; counts for importance. */
  public abstract Optional<Money> potentialVolume();

  /** Ids of customer records merged into this one: a lookup by an alias finds this customer. */
  public abstract Set<CustomerId> aliases();

  /** Every merge that formed this record, oldest first. */
  public abstract List<MergeRecord> merges();

  /** Starts a customer: id, kind and display name are required. */
  public static ImmutableCustomer.Builder builder() {
    return ImmutableCustomer.builder();
  }

  /** A new private customer. */
  public static Customer person(CustomerId id, String displayName) {
    return builder().id(id).kind(CustomerKind.PERSON).displayName(displayName).build();
  }

  /** A new organization customer. */
  public static Customer organization(CustomerId id, String displayName) {
    return builder().id(id).kind(CustomerKind.ORGANIZATION).displayName(displayName).build();
  }

  @Value.Check
  protected void check() {
    Require.text(displayName(), "customer.displayName");
    Require.that(version() >= 0, "customer.version", "must not be negative", version());
    // Messages are built only on failure: this check runs on every copy, e.g. each save's version bump.
    if (kind() == CustomerKind.PERSON && !contactPersons().isEmpty()) {
      Require.that(false, "customer.contactPersons", "must be empty for a PERSON", contactPersons().size() + " persons");
    }
    List<AccountManagerAssignment> managers = accountManagers();
    for (int i = 0; i + 1 < managers.size(); i++) {
      AccountManagerAssignment earlier = managers.get(i);
      AccountManagerAssignment later = managers.get(i + 1);
      if (earlier.until().isEmpty() || earlier.until().get().isAfter(later.from())) {
        Require.that(false, "customer.accountManagers", "must be consecutive, each ended before the next starts",
            earlier + " then " + later);
      }
    }
    for (RelatedParty r : relatedParties()) {
      Require.that(!r.party().equals(id()), "customer.relatedParties", "must not name the customer itself", id());
    }
    Require.distinct(relatedParties(), RelatedParty::party, "customer.relatedParties");
    for (Consent c : consents()) {
      Require.that(!c.grantee().equals(id()), "customer.consents", "must not name the customer itself as grantee",
          id());
    }
    Require.distinct(orders(), Order::orderId, "customer.orders.orderId");
    Require.distinct(quotations(), Quotation::quoteId, "customer.quotations.quoteId");
    Require.that(!aliases().contains(id()), "customer.aliases", "must not contain the customer's own id",
        id());
    potentialVolume().ifPresent(v -> Require.that(!v.isNegative(), "customer.potentialVolume",
        "must not be negative", v));
  }

  // ---- profile facts --------------------------------------------------------------------------

  /**
   * The current revision of every fact: per key, the one recorded last (later in {@link #facts()}
   * wins a tie, so a verification or dispute of a fact supersedes it). Iterates in a stable order:
   * the order in which each key first appears in {@link #facts()}, the same for equal customers.
   * Unmodifiable; computed once per instance.
   */
  @Value.Lazy
  public Map<FactKey, ProfileFact> currentFacts() {
    Map<FactKey, ProfileFact> current = new LinkedHashMap<>();
    for (ProfileFact fact : facts()) {
      current.merge(fact.key(), fact,
          (old, neu) -> neu.recordedAt().isBefore(old.recordedAt()) ? old : neu);
    }
    return Collections.unmodifiableMap(current);
  }

  /** The current revision of one fact. */
  public Optional<ProfileFact> fact(FactKey key) {
    return Optional.ofNullable(currentFacts().get(key));
  }

  /** Every revision of one fact, in the order recorded here. */
  public List<ProfileFact> factHistory(FactKey key) {
    return facts().stream().filter(f -> f.key().equals(key)).collect(Collectors.toUnmodifiableList());
  }

  /** This customer with a new fact or a new value for a known one; the earlier value stays in history. */
  public Customer recordFact(ProfileFact fact) {
    Require.notNull(fact, "fact");
    return ImmutableCustomer.builder().from(this).addFact(fact).build();
  }

  /** This customer with the current revision of {@code key} confirmed as true at {@code at}. */
  public Customer verifyFact(FactKey key, Instant at) {
    Require.notNull(at, "verifiedAt");
    return ImmutableCustomer.builder().from(this).addFact(requireFact(key).verifiedAt(at)).build();
  }

  /** This customer with the current revision of {@code key} marked disputed, for {@code reason}. */
  public Customer disputeFact(FactKey key, String reason) {
    Require.text(reason, "disputeReason");
    return ImmutableCustomer.builder().from(this).addFact(requireFact(key).disputedFor(reason)).build();
  }

  /** Current facts not confirmed within {@code maxAge} before now: to be verified before they are used. */
  public List<ProfileFact> staleFacts(Duration maxAge, Clock clock) {
    Require.positive(maxAge, "maxAge");
    Instant now = clock.instant();
    return currentFacts().values().stream().filter(f -> f.isStale(maxAge, now))
        .sorted(Comparator.comparing(ProfileFact::key)).collect(Collectors.toUnmodifiableList());
  }

  /** Current facts the customer disputes: not to be relied on until corrected or re-verified. */
  public List<ProfileFact> disputedFacts() {
    return currentFacts().values().stream().filter(ProfileFact::disputed)
        .sorted(Comparator.comparing(ProfileFact::key)).collect(Collectors.toUnmodifiableList());
  }

  private ProfileFact requireFact(FactKey key) {
    Require.notNull(key, "factKey");
    ProfileFact fact = currentFacts().get(key);
    if (fact == null) {
      throw new InvalidValueException("factKey", "must name a fact customer " + id() + " has",
          "'" + key + "'");
    }
    return fact;
  }

  // ---- confidentiality ------------------------------------------------------------------------

  /** This customer with a consent added. */
  public Customer grantConsent(Consent consent) {
    return ImmutableCustomer.builder().from(this).addConsent(consent).build();
  }

  // ---- account management ---------------------------------------------------------------------

  /** The account manager serving the customer now, if any. */
  public Optional<EmployeeId> currentAccountManager() {
    if (accountManagers().isEmpty()) {
      return Optional.empty();
    }
    AccountManagerAssignment last = accountManagers().get(accountManagers().size() - 1);
    return last.isCurrent() ? Optional.of(last.manager()) : Optional.empty();
  }

  /** This customer served by {@code manager} from {@code at}; the current assignment ends then. */
  public Customer assignAccountManager(EmployeeId manager, Instant at) {
    Require.notNull(manager, "manager");
    Require.notNull(at, "assignedAt");
    Require.that(!currentAccountManager().equals(Optional.of(manager)), "manager",
        "must differ from the current account manager", manager);
    List<AccountManagerAssignment> history = new ArrayList<>(accountManagers());
    if (!history.isEmpty() && history.get(history.size() - 1).isCurrent()) {
      AccountManagerAssignment current = history.remove(history.size() - 1);
      Require.that(at.isAfter(current.from()), "assignedAt",
          "must be after the current assignment began at " + current.from(), at);
      history.add(current.endedAt(at));
    }
    history.add(AccountManagerAssignment.of(manager, at));
    return ImmutableCustomer.builder().from(this).accountManagers(history).build();
  }

  // ---- business records -----------------------------------------------------------------------

  /** This customer with an order added. */
  public Customer placeOrder(Order order) {
    return ImmutableCustomer.builder().from(this).addOrder(order).build();
  }

  /** This customer with a need recorded; a need recorded on or after a no-need judgement outdates it. */
  public Customer recordNeed(Need need) {
    Require.notNull(need, "need");
    return ImmutableCustomer.builder().from(this).addNeed(need).build();
  }

  /** This customer judged, for the judgement's reason, never to need what we sell (死亡客户). */
  public Customer judgeNoNeed(NoNeedJudgement judgement) {
    Require.notNull(judgement, "noNeedJudgement");
    return ImmutableCustomer.builder().from(this).noNeedJudgement(judgement).build();
  }

  /** This customer with a quotation added to the quote history. */
  public Customer recordQuotation(Quotation quotation) {
    return ImmutableCustomer.builder().from(this).addQuotation(quotation).build();
  }

  /** The quotes for one product, oldest first: how our price for it developed. */
  public List<Quotation> quoteHistory(Product product) {
    return quotations().stream().filter(q -> q.product().equals(product))
        .sorted(Comparator.comparing(Quotation::quotedOn)).collect(Collectors.toUnmodifiableList());
  }

  // ---- contact --------------------------------------------------------------------------------

  /** The contact points known to reach the customer. */
  public List<ContactPoint> verifiedContactPoints() {
    return contactPoints().stream().filter(ContactPoint::verified)
        .collect(Collectors.toUnmodifiableList());
  }

  /** The structural risks of the relationship visible in the record. */
  public Set<RelationshipRisk> relationshipRisks() {
    Set<RelationshipRisk> risks = EnumSet.noneOf(RelationshipRisk.class);
    if (verifiedContactPoints().isEmpty()) {
      risks.add(RelationshipRisk.NO_VERIFIED_CONTACT_POINT);
    }
    if (currentAccountManager().isEmpty()) {
      risks.add(RelationshipRisk.NO_ACCOUNT_MANAGER);
    }
    if (kind() == CustomerKind.ORGANIZATION) {
      if (contactPersons().isEmpty()) {
        risks.add(RelationshipRisk.NO_CONTACT_PERSON);
      } else if (contactPersons().size() == 1) {
        risks.add(RelationshipRisk.SINGLE_CONTACT_PERSON);
      }
      if (contactPersons().stream().noneMatch(p -> p.has(ContactRole.DECISION_MAKER))) {
        risks.add(RelationshipRisk.NO_DECISION_MAKER);
      }
    }
    return Sets.immutableEnumSet(risks);
  }

  /**
   * The customer as ids, kind, version and counts only: no name, contact point, fact, need, next
   * action, consent or amount, so a log line or an exception that prints a customer leaks nothing.
   */
  @Override
  public String toString() {
    return "Customer{id=" + id() + ", version=" + version() + ", kind=" + kind()
        + ", contactPoints=" + contactPoints().size() + ", contactPersons=" + contactPersons().size()
        + ", facts=" + facts().size() + ", relatedParties=" + relatedParties().size()
        + ", consents=" + consents().size() + ", orders=" + orders().size()
        + ", quotations=" + quotations().size() + ", needs=" + needs().size()
        + ", aliases=" + aliases().size() + ", merges=" + merges().size() + "}";
  }

  /** Whether {@code other} is this customer's id or one of its aliases. */
  public boolean isKnownAs(CustomerId other) {
    return id().equals(other) || aliases().contains(other);
  }
}
