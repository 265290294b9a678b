package io.crmkit.core.customer.confidentiality;

/**
 * The rules by which crmkit's own authorisers and the consent rules decide a disclosure request, as
 * messages of an {@link io.crmkit.core.text.Explanation}: each constant's display name is the
 * sentence, its arguments ids, categories, purposes and times, never the fact's value.
 */
public enum DisclosureReason {
  /** {0} the employee, {1} the customer. */
  CURRENT_ACCOUNT_MANAGER,
  /** {0} the employee, {1} the customer, {2} the purpose. */
  NOT_ACCOUNT_MANAGER,
  /** {0} the employee, {1} the role, {2} the purpose. */
  ROLE_ALLOWED,
  /** {0} the customer, {1} the third party, {2} the fact category, {3} until when. */
  CONSENT_IN_FORCE,
  /** {0} why (one of the three below), {1} the customer, {2} the third party, {3} the relation or nothing, {4} the category. */
  NO_CONSENT_REFUSED,
  /** The latest consent for the party and category was withdrawn. */
  CONSENT_WITHDRAWN,
  /** {0} when the latest consent expired. */
  CONSENT_EXPIRED,
  /** No consent for the party and category was ever given. */
  NO_CONSENT,
  /** {0} how the third party is related to the customer. */
  RELATED_AS
}
