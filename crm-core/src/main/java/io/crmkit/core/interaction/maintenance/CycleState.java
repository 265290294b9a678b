package io.crmkit.core.interaction.maintenance;

/** Where a customer's maintenance cycle stands: the last of the five steps completed in this round. */
public enum CycleState {
  /** A new cycle: nothing done yet. */
  STARTED,
  /** The record is integrated; the contact can be prepared. */
  INFORMATION_INTEGRATED,
  /** The customer was contacted with an agenda. */
  CONTACTED,
  /** The customer's concerns are recorded. */
  UNDERSTOOD,
  /** Help for those concerns was given. */
  HELPED,
  /** The customer was contacted again: satisfaction checked, commitments confirmed. The round is done. */
  RECONTACTED
}
