package io.crmkit.core.interaction;

/** What one interaction on a channel costs the company (成本), from the course's comparison. */
public enum Cost {
  LOW,
  MEDIUM,
  HIGH
}
