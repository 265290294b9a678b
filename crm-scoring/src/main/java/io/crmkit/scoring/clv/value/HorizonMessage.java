package io.crmkit.scoring.clv.value;

/**
 * The sentence of a {@link DiscountedHorizon} for people, as the message of an
 * {@link io.crmkit.core.text.Explanation}: the constant's display name is the template.
 */
public enum HorizonMessage {
  /** {0} periods, {1} the period length in model time units, {2} the discount % a period, {3} the margin %. */
  HORIZON
}
