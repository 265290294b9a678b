package io.crmkit.core.lifecycle;

/** Whether a cause of interruption lies inside the relationship (内在原因) or outside it (外在原因). */
public enum CauseKind {
  /** Inside the relationship between the two sides: people, trust, product quality, personal ties. */
  INTERNAL,
  /** Outside it: the client's finances, either side's position in the market. */
  EXTERNAL
}
