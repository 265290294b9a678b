package io.crmkit.core.customer;

/** Structural weaknesses of a customer relationship that the record itself reveals. */
public enum RelationshipRisk {
  /** No contact point has been verified: we may not be able to reach the customer at all. */
  NO_VERIFIED_CONTACT_POINT("no verified contact point"),
  /** Nobody on our side owns the relationship. */
  NO_ACCOUNT_MANAGER("no account manager assigned"),
  /** An organization with no known contact person. */
  NO_CONTACT_PERSON("organization without a contact person"),
  /** An organization reached through one person only: if they leave, the relationship goes too. */
  SINGLE_CONTACT_PERSON("the relationship hangs on a single contact person"),
  /** An organization whose decision maker we do not know. */
  NO_DECISION_MAKER("no decision maker known at the organization");

  private final String description;

  RelationshipRisk(String description) {
    this.description = description;
  }

  /** The risk in words. */
  public String description() {
    return description;
  }
}
