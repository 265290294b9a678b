package io.crmkit.core.satisfaction;

/** How experienced the customer is with this kind of service; it shapes how an expectation is reset. */
public enum CustomerMaturity {
  /** New to the service: needs it explained. */
  FIRST_TIME,
  /** Has used it now and then. */
  OCCASIONAL,
  /** Knows the service and the market: wants the facts, briefly. */
  EXPERIENCED
}
