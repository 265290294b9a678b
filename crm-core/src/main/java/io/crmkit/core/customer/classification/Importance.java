package io.crmkit.core.customer.classification;

/** Whether a customer's deal volume (or potential volume) reaches the importance threshold. */
public enum Importance {
  IMPORTANT,
  ORDINARY
}
