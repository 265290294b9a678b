package io.crmkit.core.satisfaction;

/** How much harm an expectation problem does if left alone. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH
}
