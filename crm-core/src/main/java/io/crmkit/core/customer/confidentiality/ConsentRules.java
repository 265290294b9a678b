package io.crmkit.core.customer.confidentiality;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.text.Explanation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Whether the customer's consents let a third party hear facts of one category now. Only the
 * latest consent the customer gave for that grantee and category counts (the last given by
 * {@code grantedAt}, a later entry winning a tie): a re-recorded withdrawal or a newer consent for
 * fewer categories replaces the earlier one. That consent must be in force at the library's clock:
 * given, not expired, not withdrawn. Being related is never consent. The banking case: a mother and
 * her son bank with the same account manager; their finances are separate, and the manager may not
 * tell the mother the son's fees or assets.
 */
final class ConsentRules {
  private ConsentRules() {}

  /** The consent that decides for {@code party} and {@code category} at {@code now}, if any was given by then. */
  static Optional<Consent> deciding(List<Consent> consents, CustomerId party, FactCategory category, Instant now) {
    Consent latest = null;
    for (Consent c : consents) {
      if (c.covers(party, category) && !c.grantedAt().isAfter(now)
          && (latest == null || !c.grantedAt().isBefore(latest.grantedAt()))) {
        latest = c;
      }
    }
    return Optional.ofNullable(latest);
  }

  static DisclosureDecision decide(Customer customer, FactCategory category, CustomerId party, Instant now) {
    Optional<Consent> latest = deciding(customer.consents(), party, category, now);
    if (latest.isPresent() && latest.get().inForceAt(now)) {
      return DisclosureDecision.grant(Explanation.of(DisclosureReason.CONSENT_IN_FORCE, customer.id(), party,
          Explanation.asCode(category), latest.get().expiresAt()));
    }
    Explanation why = latest.map(c -> c.withdrawnAt().filter(w -> !now.isBefore(w)).isPresent()
        ? Explanation.of(DisclosureReason.CONSENT_WITHDRAWN)
        : Explanation.of(DisclosureReason.CONSENT_EXPIRED, c.expiresAt()))
        .orElse(Explanation.of(DisclosureReason.NO_CONSENT));
    Optional<Explanation> relation = customer.relatedParties().stream().filter(r -> r.party().equals(party))
        .map(r -> Explanation.of(DisclosureReason.RELATED_AS, r.relation()))
        .findFirst();
    return DisclosureDecision.refuse(Explanation.of(DisclosureReason.NO_CONSENT_REFUSED, why, customer.id(), party,
        relation, Explanation.asCode(category)));
  }
}
