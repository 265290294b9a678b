package io.crmkit.core.loyalty;

/** What it would cost the customer to move to a competitor: money, effort, risk. */
public enum SwitchingCost {
  LOW,
  MEDIUM,
  HIGH
}
