package io.crmkit.core.customer.confidentiality;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request to read a confidential fact: which member of staff asks, who will receive the value and
 * for which {@link DisclosurePurpose} from the closed list. Every confidential read states all
 * three, so the host's {@link DisclosureAuthoriser} can decide and the {@link DisclosureAudit} can
 * record it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class DisclosureRequest {

  /** Who the value goes to. */
  public enum Recipient {
    /** The customer the fact is about. */
    THE_CUSTOMER,
    /** A member of staff serving the customer (account manager, service agent). */
    STAFF,
    /** Another party: a relative, a colleague, another customer. Needs the customer's consent. */
    THIRD_PARTY
  }

  public abstract Recipient recipient();

  /** The member of staff reading or passing on the value. */
  public abstract EmployeeId requestedBy();

  /** For {@link Recipient#THIRD_PARTY}: the customer id of the party, which consents name. */
  public abstract Optional<CustomerId> thirdParty();

  /** Why the value is needed, from the closed list. */
  public abstract DisclosurePurpose purpose();

  /** Staff reading the value for their own work with the customer, for a staff purpose. */
  public static DisclosureRequest forStaff(EmployeeId staff, DisclosurePurpose purpose) {
    return ImmutableDisclosureRequest.builder().recipient(Recipient.STAFF).requestedBy(staff)
        .purpose(purpose).build();
  }

  /** Staff telling the customer their own data, because the customer asked. */
  public static DisclosureRequest toTheCustomer(EmployeeId staff) {
    return ImmutableDisclosureRequest.builder().recipient(Recipient.THE_CUSTOMER).requestedBy(staff)
        .purpose(DisclosurePurpose.CUSTOMER_REQUEST).build();
  }

  /** Staff telling another party (a relative, a colleague) the customer's data, under a consent. */
  public static DisclosureRequest toThirdParty(EmployeeId staff, CustomerId party) {
    return ImmutableDisclosureRequest.builder().recipient(Recipient.THIRD_PARTY).requestedBy(staff)
        .thirdParty(party).purpose(DisclosurePurpose.CONSENTED_SHARING).build();
  }

  @Value.Check
  protected void check() {
    Require.that(purpose().recipient() == recipient(), "disclosureRequest.purpose",
        "must be a purpose for a " + recipient() + " recipient", purpose());
    Require.that(thirdParty().isPresent() == (recipient() == Recipient.THIRD_PARTY),
        "disclosureRequest.thirdParty", "must be present exactly for a THIRD_PARTY recipient",
        thirdParty());
  }
}
