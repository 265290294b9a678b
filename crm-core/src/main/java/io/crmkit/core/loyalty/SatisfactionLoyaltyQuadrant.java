package io.crmkit.core.loyalty;

/**
 * Satisfaction and loyalty are separate, as the satisfaction-loyalty matrix of Jones and Sasser
 * ("Why satisfied customers defect", 1995) shows: all four combinations occur.
 */
public enum SatisfactionLoyaltyQuadrant {
  /** Satisfied and loyal: advocates. */
  APOSTLE,
  /** Satisfied but not loyal: buys elsewhere when it pays. */
  MERCENARY,
  /** Loyal but not satisfied: held by monopoly or switching cost, leaves when freed. */
  HOSTAGE,
  /** Neither: on the way out. */
  DEFECTOR;

  /** The quadrant of a customer who is or is not satisfied and is or is not loyal. */
  public static SatisfactionLoyaltyQuadrant of(boolean satisfied, boolean loyal) {
    if (satisfied) {
      return loyal ? APOSTLE : MERCENARY;
    }
    return loyal ? HOSTAGE : DEFECTOR;
  }
}
