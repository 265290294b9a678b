package io.crmkit.core.customer.classification;

/** What the customer needs from us, computed from their recorded needs and a horizon. */
public enum Demand {
  /** Needs now, or within the horizon: a target for sales today. */
  TARGET,
  /** Needs only beyond the horizon: a future need to nurture. */
  POTENTIAL,
  /** No recorded need. */
  DEAD
}
