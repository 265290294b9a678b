package io.crmkit.core.customer;

/**
 * Weaknesses of a customer relationship: the structural ones the customer record itself reveals
 * ({@link Customer#relationshipRisks()}), and those the interaction record adds (contact overdue,
 * promises overdue or broken).
 */
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
  NO_DECISION_MAKER("no decision maker known at the organization"),
  /**
   * The contact cadence was not kept: the customer has not heard from us for longer than agreed.
   * Read from the interaction record, not from the customer record (see the interaction package).
   */
  CONTACT_OVERDUE("contact cadence not kept"),
  /** A promise to the customer is past its due day without an outcome. From the interaction record. */
  OVERDUE_PROMISE("a promise to the customer is overdue"),
  /** A promise to the customer was broken: integrity suffers. From the interaction record. */
  BROKEN_PROMISE("a promise to the customer was broken");

  private final String description;

  RelationshipRisk(String description) {
    this.description = description;
  }

  /** The risk in words. */
  public String description() {
    return description;
  }
}
