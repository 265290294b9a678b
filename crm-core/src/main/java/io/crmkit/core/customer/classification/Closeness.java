package io.crmkit.core.customer.classification;

/** How close the relationship is, computed from orders, quotations and recency. */
public enum Closeness {
  /** Neither ordered nor asked for a quotation. */
  NON_CUSTOMER,
  /** Has asked for prices or negotiated, never ordered. */
  POTENTIAL,
  /** Has ordered within the activity window. */
  CURRENT,
  /** Has ordered, but not within the activity window. */
  CHURNED
}
