package io.crmkit.core.service;

/**
 * Why a visitor came into the store (区分进店客户目的, 001): to buy ("看门道", with a specific need or
 * with an unclear one) or to look around ("看热闹"), each served differently.
 */
public enum VisitorPurpose {
  /** 有具体需求的顾客: knows the brand and item; serve at once and to the point. */
  SPECIFIC_NEED("serve at once: take them straight to the item, answer to the point"),
  /** 具体需要不明确顾客: came to buy but must choose; help them choose. */
  UNCLEAR_NEED("help them choose: ask what it is for, show a few fitting options, compare honestly"),
  /** “看热闹”的顾客: no need today, gathering information for later; give them room. */
  BROWSING("greet warmly, then give them room: do not shadow them; tidy a nearby display and watch from the "
      + "corner of the eye for the signal that they want to know more");

  private final String approach;

  VisitorPurpose(String approach) {
    this.approach = approach;
  }

  /** How to serve such a visitor. */
  public String approach() {
    return approach;
  }
}
