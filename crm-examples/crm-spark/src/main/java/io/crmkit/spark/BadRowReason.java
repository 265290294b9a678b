package io.crmkit.spark;

/**
 * Why a transaction row was left out of value scoring, one reason per check of crm-scoring's own
 * reader: the same rules, counted per reason over a whole Dataset.
 */
public enum BadRowReason {
  /** The customer id is missing (null) or blank. */
  BLANK_CUSTOMER_ID,
  /** The customer id is longer than crm-scoring accepts. */
  CUSTOMER_ID_TOO_LONG,
  /** The date is missing (null). */
  MISSING_DATE,
  /** The date is text that does not match the pattern, or a day outside the supported range. */
  UNPARSEABLE_DATE,
  /** The amount is missing (null). */
  MISSING_AMOUNT,
  /**
   * The amount is not a plain decimal, has more fraction digits than the currency, or does not fit
   * a long of minor units.
   */
  UNPARSEABLE_AMOUNT,
  /** The amount is below zero. */
  NEGATIVE_AMOUNT
}
