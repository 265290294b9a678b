package io.crmkit.scoring.cooperation;

/**
 * The 1-2-3-4 principle: about 30% premium, 40% normal, 20% demanding and 10% difficult customers
 * by cooperation, each with its treatment.
 */
public enum CooperationClass {
  PREMIUM("focus here: invest in the relationship and serve them best"),
  NORMAL("focus here: serve them well and grow the business"),
  DEMANDING("try to move them to normal: agree standard terms, reduce special handling"),
  DIFFICULT("basic service only: standard terms, no special concessions");

  private final String treatment;

  CooperationClass(String treatment) {
    this.treatment = treatment;
  }

  /** The recommended treatment. */
  public String treatment() {
    return treatment;
  }
}
