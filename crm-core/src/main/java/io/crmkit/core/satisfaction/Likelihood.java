package io.crmkit.core.satisfaction;

/** How sure we are that the customer holds an expectation. */
public enum Likelihood {
  /** Assumed from the customer's situation. */
  POSSIBLE,
  /** Inferred from what the customer said or did. */
  LIKELY,
  /** Stated by the customer in so many words. */
  CERTAIN
}
