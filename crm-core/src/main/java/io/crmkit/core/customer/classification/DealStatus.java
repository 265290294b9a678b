package io.crmkit.core.customer.classification;

/** How far a deal with the customer has come, computed from orders and quotations. */
public enum DealStatus {
  /** The customer has ordered. */
  CLOSED,
  /** Clear intent (a quotation under negotiation), no order yet. */
  NEGOTIATING,
  /** The customer has only asked for prices. */
  POTENTIAL
}
