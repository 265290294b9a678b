package io.crmkit.core.complaint;

/** Where a complaint stands against one SLA target. */
public enum SlaState {
  /** Done within the target. */
  MET,
  /** Running, with more than the at-risk share of the target left. */
  ON_TRACK,
  /** Running, with most of the target used up. */
  AT_RISK,
  /** Beyond the target, running or done. */
  BREACHED
}
