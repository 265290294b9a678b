package io.crmkit.core.customer.confidentiality;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.text.Words;
import java.time.Instant;

/**
 * Who may hear a customer's confidential facts. The customer and the staff serving them may, for a
 * stated purpose; anyone else only with a consent in force from the customer, whatever their
 * relation. The banking case: a mother and her son bank with the same account manager; their
 * finances are separate, and the manager may not tell the mother the son's fees or assets.
 */
public final class ConfidentialityPolicy {
  private ConfidentialityPolicy() {}

  /** Decides whether {@code fact} of {@code customer} may go to the request's recipient at {@code at}. */
  public static DisclosureDecision decide(Customer customer, ProfileFact fact, DisclosureRequest request,
      Instant at) {
    switch (request.recipient()) {
      case THE_CUSTOMER:
        return DisclosureDecision.grant("the customer may always hear their own data");
      case STAFF:
        return DisclosureDecision.grant("staff serving the customer may read it for a stated purpose");
      default:
        CustomerId party = request.thirdParty().orElseThrow();
        boolean consented = customer.consents().stream()
            .anyMatch(c -> c.permits(party, fact.category(), at));
        if (consented) {
          return DisclosureDecision.grant("customer " + customer.id() + " consented to tell " + party
              + " facts of category " + fact.category());
        }
        String relation = customer.relatedParties().stream().filter(r -> r.party().equals(party))
            .map(r -> " (a " + Words.of(r.relation()) + ")")
            .findFirst().orElse("");
        return DisclosureDecision.refuse("no consent in force from customer " + customer.id()
            + " to tell " + party + relation + " facts of category " + fact.category()
            + "; being related is not consent");
    }
  }
}
