package io.crmkit.core.complaint;

/** How serious a complaint is; SLA targets depend on it. */
public enum ComplaintSeverity {
  LOW,
  MEDIUM,
  HIGH,
  /** Safety, legal exposure or a key customer at risk. */
  CRITICAL
}
