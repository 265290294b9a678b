package io.crmkit.core.customer.confidentiality;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request to read a confidential fact: who will receive it and for what purpose. Every
 * confidential read states both, so it can be checked and audited.
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

  /** Why the value is needed: "annual fee review", "mortgage application". */
  public abstract String purpose();

  /** Staff reading the value for their own work with the customer. */
  public static DisclosureRequest forStaff(EmployeeId staff, String purpose) {
    return ImmutableDisclosureRequest.builder().recipient(Recipient.STAFF).requestedBy(staff)
        .purpose(purpose).build();
  }

  /** Staff telling the customer their own data. */
  public static DisclosureRequest toTheCustomer(EmployeeId staff, String purpose) {
    return ImmutableDisclosureRequest.builder().recipient(Recipient.THE_CUSTOMER).requestedBy(staff)
        .purpose(purpose).build();
  }

  /** Staff telling another party (a relative, a colleague) the customer's data. */
  public static DisclosureRequest toThirdParty(EmployeeId staff, CustomerId party, String purpose) {
    return ImmutableDisclosureRequest.builder().recipient(Recipient.THIRD_PARTY).requestedBy(staff)
        .thirdParty(party).purpose(purpose).build();
  }

  @Value.Check
  protected void check() {
    Require.text(purpose(), "disclosureRequest.purpose");
    Require.that(thirdParty().isPresent() == (recipient() == Recipient.THIRD_PARTY),
        "disclosureRequest.thirdParty", "must be present exactly for a THIRD_PARTY recipient",
        thirdParty());
  }
}
