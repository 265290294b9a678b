package io.crmkit.core.satisfaction;

/** How much harm an expectation problem does if left alone. */
public enum ExpectationProblemSeverity {
  LOW,
  MEDIUM,
  HIGH
}
