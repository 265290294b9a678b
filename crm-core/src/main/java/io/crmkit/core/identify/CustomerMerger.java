package io.crmkit.core.identify;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.ImmutableCustomer;
import io.crmkit.core.customer.MergeRecord;
import io.crmkit.core.customer.PlannedAction;
import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPointKind;
import io.crmkit.core.customer.contact.ContactPreferences;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.customer.sales.Order;
import io.crmkit.core.customer.sales.Quotation;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.validation.Require;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import io.crmkit.core.customer.profile.NoNeedJudgement;
import org.immutables.value.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merges two records of one customer into the survivor. Nothing is lost: every profile fact of the
 * absorbed record moves with its source and times (marked {@code mergedFrom}), contact points are
 * united by normalized form, the survivor's own repeats included (one verified copy verifies the one kept), orders, quotations, needs and related parties
 * are united (of two no-need judgements the later is kept), the absorbed id becomes an alias, and a {@link MergeRecord} on the survivor explains
 * the merge afterwards. The survivor keeps its name, preferences and account-manager history.
 *
 * <p>Consents never travel: a consent was given by one record's holder, and carrying it over would
 * let a wrongly merged namesake's relatives read the survivor's data; the survivor keeps only its
 * own, and the absorbed record's holder gives theirs again. A merge needs evidence that identifies a
 * person: a contact point both records really share, or an identity a member of staff verified;
 * a shared name is not enough.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class CustomerMerger {
  private static final Logger LOG = LoggerFactory.getLogger(CustomerMerger.class);

  @Value.Parameter
  public abstract IdentityNormalizer normalizer();

  public static CustomerMerger using(IdentityNormalizer normalizer) {
    return ImmutableCustomerMerger.of(normalizer);
  }

  /** Merges the pair of a candidate: the record with more facts and orders survives, ties to the first id. */
  public Customer merge(DuplicateCandidate candidate, Map<CustomerId, Customer> records, EmployeeId by,
      Clock clock) {
    Require.notNull(candidate, "candidate");
    Customer first = requireRecord(records, candidate.first());
    Customer second = requireRecord(records, candidate.second());
    boolean secondRicher = weight(second) > weight(first);
    return merge(secondRicher ? second : first, secondRicher ? first : second,
        candidate.evidenceKinds(), by, clock);
  }

  /**
   * Merges {@code absorbed} into {@code survivor}, recording who did it, when and on which kinds of
   * evidence. Shared emails and phones are checked against the two records;
   * {@link MatchKind#VERIFIED_IDENTITY} is the merging employee's attestation.
   *
   * @throws InvalidValueException if the two are the same record, of different kinds, hold
   *     different orders or quotations under one id, or the evidence does not identify one person
   */
  public Customer merge(Customer survivor, Customer absorbed, java.util.Set<MatchKind> evidence, EmployeeId by,
      Clock clock) {
    Require.notNull(survivor, "survivor");
    Require.notNull(absorbed, "absorbed");
    Require.notNull(evidence, "evidence");
    Require.notNull(by, "mergedBy");
    Require.notNull(clock, "clock");
    for (MatchKind kind : evidence) {
      Require.that(holds(kind, survivor, absorbed), "evidence", "must hold for both records", kind);
    }
    Require.that(evidence.stream().anyMatch(MatchKind::identifiesAPerson), "evidence",
        "must include a shared email or phone or a verified identity, not a name alone", evidence);
    Require.that(!survivor.isKnownAs(absorbed.id()) && !absorbed.isKnownAs(survivor.id()),
        "absorbed.id", "must be a different customer than the survivor " + survivor.id(), absorbed.id());
    Require.that(survivor.kind() == absorbed.kind(), "absorbed.kind",
        "must equal the survivor's kind " + survivor.kind(), absorbed.kind());

    List<ContactPoint> contacts = new ArrayList<>();
    survivor.contactPoints().forEach(p -> unite(contacts, p));
    int contactsMoved = 0;
    for (ContactPoint incoming : absorbed.contactPoints()) {
      contactsMoved += unite(contacts, incoming) ? 1 : 0;
    }
    List<ProfileFact> facts = new ArrayList<>(survivor.facts());
    absorbed.facts().forEach(f -> facts.add(f.movedFrom(absorbed.id())));
    List<Order> orders = unite(survivor.orders(), absorbed.orders(), Order::orderId, "orders");
    List<Quotation> quotes = unite(survivor.quotations(), absorbed.quotations(), Quotation::quoteId,
        "quotations");
    Optional<PlannedAction> next = Stream.concat(survivor.nextAction().stream(),
        absorbed.nextAction().stream()).min(Comparator.comparing(PlannedAction::dueOn));

    MergeRecord record = MergeRecord.builder().survivor(survivor.id()).absorbed(absorbed.id())
        .mergedAt(clock.instant()).mergedBy(by)
        .evidence(evidence.stream().sorted().map(io.crmkit.core.text.Words::of).collect(Collectors.toList()))
        .factsMoved(absorbed.facts().size()).contactPointsMoved(contactsMoved)
        .ordersMoved(orders.size() - survivor.orders().size()).build();

    Customer merged = ImmutableCustomer.builder().from(survivor)
        .contactPoints(contacts)
        .contactPreferences(survivor.contactPreferences().equals(ContactPreferences.NONE)
            ? absorbed.contactPreferences() : survivor.contactPreferences())
        .accountManagers(survivor.accountManagers().isEmpty() ? absorbed.accountManagers()
            : survivor.accountManagers())
        .contactPersons(unite(survivor.contactPersons(), absorbed.contactPersons(),
            p -> normalizer().nameKey(p.name()), null))
        .facts(facts)
        .relatedParties(Stream.concat(survivor.relatedParties().stream(), absorbed.relatedParties().stream())
            .filter(r -> !r.party().equals(survivor.id()) && !r.party().equals(absorbed.id()))
            .collect(Collectors.toMap(r -> r.party(), r -> r, (a, b) -> a, LinkedHashMap::new)).values())
        .consents(survivor.consents().stream().filter(c -> !c.grantee().equals(absorbed.id()))
            .collect(Collectors.toList()))
        .orders(orders)
        .quotations(quotes)
        .needs(Stream.concat(survivor.needs().stream(), absorbed.needs().stream()).distinct()
            .collect(Collectors.toList()))
        .nextAction(next)
        .noNeedJudgement(laterJudgement(survivor, absorbed))
        .potentialVolume(survivor.potentialVolume().or(absorbed::potentialVolume))
        .addAliases(absorbed.id())
        .addAllAliases(absorbed.aliases())
        .addAllMerges(absorbed.merges())
        .addMerges(record)
        .build();
    LOG.info("merged customer {} into {} ({} facts, {} contact points, {} orders moved)",
        absorbed.id(), survivor.id(), record.factsMoved(), record.contactPointsMoved(),
        record.ordersMoved());
    return merged;
  }

  /** Whether the evidence {@code kind} is true of both records. */
  private boolean holds(MatchKind kind, Customer a, Customer b) {
    switch (kind) {
      case SAME_NAME:
        return !normalizer().nameKey(a.displayName()).isEmpty()
            && normalizer().nameKey(a.displayName()).equals(normalizer().nameKey(b.displayName()));
      case SAME_EMAIL:
      case SAME_PHONE:
        ContactPointKind pointKind = kind == MatchKind.SAME_EMAIL ? ContactPointKind.EMAIL : ContactPointKind.PHONE;
        java.util.Set<String> theirs = contactKeys(b, pointKind);
        return contactKeys(a, pointKind).stream().anyMatch(theirs::contains);
      default:
        return true;
    }
  }

  private java.util.Set<String> contactKeys(Customer c, ContactPointKind kind) {
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (ContactPoint p : c.contactPoints()) {
      if (p.kind() == kind) {
        try {
          keys.add(normalizer().contactKey(p));
        } catch (InvalidValueException e) {
          // an unusable contact point is no evidence
        }
      }
    }
    return keys;
  }

  /**
   * Adds {@code incoming} unless the same contact point (by normalized key) is there; a verified copy
   * verifies the one kept. Returns whether it was added.
   */
  private boolean unite(List<ContactPoint> contacts, ContactPoint incoming) {
    int same = indexOfSameContact(contacts, incoming);
    if (same < 0) {
      contacts.add(incoming);
      return true;
    }
    if (incoming.verified() && !contacts.get(same).verified()) {
      contacts.set(same, contacts.get(same).asVerified());
    }
    return false;
  }

  private int indexOfSameContact(List<ContactPoint> contacts, ContactPoint incoming) {
    String key = safeContactKey(incoming);
    for (int i = 0; i < contacts.size(); i++) {
      if (safeContactKey(contacts.get(i)).equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /** An unnormalizable contact point still merges: it is compared by its raw kind and text. */
  private String safeContactKey(ContactPoint point) {
    try {
      return normalizer().contactKey(point);
    } catch (InvalidValueException e) {
      return point.kind() + "|raw|" + point.value();
    }
  }

  /**
   * Unites two lists by key. Equal elements under one key collapse; different ones under one key are
   * a conflict when {@code field} is given, else the survivor's element is kept.
   */
  private static <T> List<T> unite(List<T> survivor, List<T> absorbed, Function<T, String> key,
      String field) {
    Map<String, T> united = new LinkedHashMap<>();
    survivor.forEach(t -> united.put(key.apply(t), t));
    for (T t : absorbed) {
      T existing = united.putIfAbsent(key.apply(t), t);
      if (existing != null && !existing.equals(t) && field != null) {
        throw new InvalidValueException("absorbed." + field,
            "must not hold a different record under an id the survivor uses", "'" + key.apply(t) + "'");
      }
    }
    return new ArrayList<>(united.values());
  }

  private static Customer requireRecord(Map<CustomerId, Customer> records, CustomerId id) {
    Require.notNull(records, "records");
    Customer customer = records.get(id);
    Require.that(customer != null, "records", "must contain the candidate's customer", id);
    return customer;
  }

  /** The more recent no-need judgement of the two records (the survivor's on a tie), if either has one. */
  private static Optional<NoNeedJudgement> laterJudgement(Customer survivor, Customer absorbed) {
    if (survivor.noNeedJudgement().isEmpty()) {
      return absorbed.noNeedJudgement();
    }
    if (absorbed.noNeedJudgement().isPresent()
        && absorbed.noNeedJudgement().get().judgedOn().isAfter(survivor.noNeedJudgement().get().judgedOn())) {
      return absorbed.noNeedJudgement();
    }
    return survivor.noNeedJudgement();
  }

  private static int weight(Customer c) {
    return c.facts().size() + c.orders().size() + c.contactPoints().size();
  }
}
