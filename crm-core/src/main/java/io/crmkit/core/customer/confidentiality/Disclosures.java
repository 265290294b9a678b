package io.crmkit.core.customer.confidentiality;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.internal.FactContent;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.validation.Require;
import java.time.Clock;
import java.time.Instant;

/**
 * The one way a confidential value leaves crmkit: a disclosure for a stated purpose, decided by
 * the host and recorded.
 *
 * <p>What it guarantees:
 *
 * <ul>
 *   <li>A confidential fact's value is released only by {@link #disclose}: {@link ProfileFact} has
 *       no public accessor of it, its {@code equals}, {@code hashCode} and {@code toString} reveal
 *       nothing of it, and the storage codec is for stores, not a way around this class; a record
 *       the codec seals with the host's {@link io.crmkit.core.codec.RecordCipher} reveals nothing
 *       of the customer without the host's key, and a changed one is refused.
 *   <li>Every request names the member of staff, the recipient and a purpose from the closed list
 *       {@link DisclosurePurpose}; the host's {@link DisclosureAuthoriser} decides for every
 *       recipient, the customer included. crmkit grants nothing the authoriser refused.
 *   <li>A third party hears a fact only if, in addition, the latest consent the customer gave that
 *       party for the fact's category is in force (given, not expired, not withdrawn), judged by
 *       the clock this object was built with, never by a clock the caller passes.
 *   <li>Every decision, grant or refusal, checked or released, goes to the {@link DisclosureAudit}
 *       before any value is returned, without the value; if the audit fails, nothing is released.
 *   <li>Refusals ({@link DisclosureRefusedException}) and decisions name ids, keys, categories and
 *       purposes, never a value.
 * </ul>
 *
 * <p>Immutable and thread-safe if the authoriser and the audit sink are.
 */
public final class Disclosures {
  private final DisclosureAuthoriser authoriser;
  private final DisclosureAudit audit;
  private final Clock clock;

  private Disclosures(DisclosureAuthoriser authoriser, DisclosureAudit audit, Clock clock) {
    this.authoriser = authoriser;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The host's disclosure desk: its authoriser, its audit sink and the library's clock, fixed here
   * once so that no caller can choose the time a consent is judged at.
   */
  public static Disclosures of(DisclosureAuthoriser authoriser, DisclosureAudit audit, Clock clock) {
    return new Disclosures(Require.notNull(authoriser, "authoriser"), Require.notNull(audit, "audit"),
        Require.notNull(clock, "clock"));
  }

  /** Whether the value of {@code key} may go to the request's recipient now; audited, releases nothing. */
  public DisclosureDecision decide(Customer customer, FactKey key, DisclosureRequest request) {
    ProfileFact fact = requireFact(customer, key);
    Require.notNull(request, "disclosureRequest");
    Instant now = clock.instant();
    DisclosureDecision decision = rule(customer, fact, request, now);
    record(customer, fact, request, decision, false, now);
    return decision;
  }

  /**
   * The value of a fact, confidential ones included, for the purpose the request states.
   *
   * @throws DisclosureRefusedException if the authoriser or the consent rules refuse
   */
  public Disclosure disclose(Customer customer, FactKey key, DisclosureRequest request) {
    ProfileFact fact = requireFact(customer, key);
    Require.notNull(request, "disclosureRequest");
    Instant now = clock.instant();
    DisclosureDecision decision = rule(customer, fact, request, now);
    record(customer, fact, request, decision, decision.granted(), now);
    if (!decision.granted()) {
      throw new DisclosureRefusedException(customer.id(), key, decision);
    }
    return ImmutableDisclosure.builder().customer(customer.id()).key(key).value(FactContent.of(fact))
        .request(request).grantedBecause(decision.reason()).grantExplanation(decision.explanation())
        .disclosedAt(now).build();
  }

  private DisclosureDecision rule(Customer customer, ProfileFact fact, DisclosureRequest request, Instant now) {
    DisclosureDecision staff = authoriser.authorise(customer, fact.category(), request);
    Require.that(staff != null, "authoriser", "must return a decision", "null");
    if (!staff.granted() || request.recipient() != DisclosureRequest.Recipient.THIRD_PARTY) {
      return staff;
    }
    CustomerId party = request.thirdParty().orElseThrow();
    return ConsentRules.decide(customer, fact.category(), party, now);
  }

  private void record(Customer customer, ProfileFact fact, DisclosureRequest request, DisclosureDecision decision,
      boolean released, Instant now) {
    audit.record(ImmutableDisclosureAuditEntry.builder().customer(customer.id()).key(fact.key())
        .category(fact.category()).sensitivity(fact.sensitivity()).request(request).granted(decision.granted())
        .released(released).reason(decision.reason()).at(now).build());
  }

  private static ProfileFact requireFact(Customer customer, FactKey key) {
    Require.notNull(customer, "customer");
    Require.notNull(key, "factKey");
    ProfileFact fact = customer.currentFacts().get(key);
    if (fact == null) {
      throw new InvalidValueException("factKey", "must name a fact customer " + customer.id() + " has",
          "'" + key + "'");
    }
    return fact;
  }
}
