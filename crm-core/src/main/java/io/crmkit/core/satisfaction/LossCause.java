package io.crmkit.core.satisfaction;

/** Who caused the loss a customer asks compensation for. */
public enum LossCause {
  /** Our product, service or staff. */
  COMPANY,
  /** The customer: misuse, a missed instruction, their own decision. */
  CUSTOMER,
  /** Not yet established: establish the facts first. */
  UNKNOWN
}
