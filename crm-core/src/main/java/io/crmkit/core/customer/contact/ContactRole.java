package io.crmkit.core.customer.contact;

/** The part a contact person plays for an organization customer. */
public enum ContactRole {
  /** Signs off purchases; losing this contact puts the account at risk. */
  DECISION_MAKER,
  /** Handles the day-to-day business with us. */
  DAILY_CONTACT,
  /** Shapes the decision without making it (user, technical evaluator). */
  INFLUENCER,
  /** Pays the invoices. */
  FINANCE
}
