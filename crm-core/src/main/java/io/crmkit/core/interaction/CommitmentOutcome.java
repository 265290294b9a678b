package io.crmkit.core.interaction;

/** How an open commitment ends (承诺的结果). */
public enum CommitmentOutcome {
  /** Done as promised (兑现). */
  KEPT,
  /** Not done, or done too late (失信). */
  BROKEN,
  /** Taken back with the customer's knowledge before it fell due (撤回). */
  WITHDRAWN
}
