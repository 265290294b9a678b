package io.crmkit.core.customer;

/** Whether the customer is one person or an organization (which has contact persons of its own). */
public enum CustomerKind {
  /** A private individual. */
  PERSON,
  /** A company or institution, reached through its contact persons. */
  ORGANIZATION
}
