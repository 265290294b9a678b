package io.crmkit.core.service;

/** What a shop assistant sees a visitor do. */
public enum VisitorCue {
  /** Walks straight to one product or shelf. */
  GOES_STRAIGHT_TO_A_PRODUCT,
  /** Asks for a brand or model by name. */
  NAMES_A_BRAND_OR_MODEL,
  /** Compares several products side by side. */
  COMPARES_PRODUCTS,
  /** Asks which one to take. */
  ASKS_FOR_ADVICE,
  /** Strolls and looks around. */
  STROLLS_AND_LOOKS,
  /** Stops at one product and stays (a signal of interest). */
  LINGERS_AT_A_PRODUCT,
  /** Takes a product in hand (a signal of interest). */
  PICKS_UP_A_PRODUCT,
  /** Looks around for staff (a signal of interest). */
  LOOKS_FOR_STAFF,
  /** Asks a question about a product (a signal of interest). */
  ASKS_A_QUESTION;

  /** Whether the cue signals that a browser now wants to know more (想了解产品的信号). */
  public boolean signalsInterest() {
    return this == LINGERS_AT_A_PRODUCT || this == PICKS_UP_A_PRODUCT || this == LOOKS_FOR_STAFF
        || this == ASKS_A_QUESTION;
  }
}
