package io.crmkit.scoring.lifecycle;

/**
 * The sentences of lifecycle evidence for people, as messages of an
 * {@link io.crmkit.core.text.Explanation}: each constant's display name is the template, so an
 * assignment reads in English or Chinese ({@link LifecycleAssignment#describe(java.util.Locale)}).
 */
public enum LifecycleMessage {
  /** {0} evidence a host's rule wrote in its own words. */
  AS_WRITTEN,
  /** {0} the previous window, {1} the amount in the last. */
  TREND_FROM_NOTHING,
  /** {0} the windows, {1} before, {2} after. */
  TREND_UNCHANGED,
  /** {0} percent, {1} the windows, {2} before, {3} after. */
  TREND_UP,
  /** {0} percent, {1} the windows, {2} before, {3} after. */
  TREND_DOWN,
  /** A quarter (90 to 92 days). */
  WINDOW_QUARTER,
  /** A month (30 or 31 days). */
  WINDOW_MONTH,
  /** {0} days. */
  WINDOW_DAYS,
  /** Two quarters. */
  WINDOWS_QUARTER,
  /** Two months. */
  WINDOWS_MONTH,
  /** {0} days each. */
  WINDOWS_DAYS,
  /** {0} one purchase. */
  PURCHASE,
  /** {0} purchases. */
  PURCHASES,
  /** {0} the purchases, {1} the window in days. */
  FREQUENCY,
  /** {0} trend, {1} frequency. */
  TREND_AND_FREQUENCY,
  /** {0} days since the last purchase, {1} the policy's days, {2} the purchases in all. */
  LAPSED,
  /** {0} days since the first purchase, {1} the policy's days, {2} the purchases so far. */
  NEW_CUSTOMER,
  /** {0} trend, {1} frequency, {2} tenure in days. */
  STEADY,
  /** {0} trend, {1} frequency, {2} tenure in days, {3} days since the last purchase. */
  FACTS,
  /** {0} the evidence, {1} the stage, {2} the rule. */
  ASSIGNED,
  /** {0} the evidence. */
  UNDECIDED
}
