package io.crmkit.core.loyalty;

/** Why a customer who keeps buying stays: the four kinds of loyalty of CRM practice. */
public enum LoyaltyType {
  /** No alternative exists: the customer leaves when one appears. */
  MONOPOLY("stays because there is no alternative; expect them to leave when one appears"),
  /** A personal tie (family, friendship with staff): the loyalty goes with the person. */
  RELATIONSHIP("stays for a personal tie; the loyalty leaves with the person"),
  /** Switching costs too much: a competitor who lowers the cost wins them. */
  INERTIA("stays because switching costs too much; a competitor who lowers that cost will win them"),
  /** Stays by choice, with alternatives at hand: the loyalty CRM aims for. */
  TRUST("stays by choice with alternatives at hand, and would recommend us: the loyalty CRM aims for");

  private final String meaning;

  LoyaltyType(String meaning) {
    this.meaning = meaning;
  }

  /** What this loyalty means for the relationship. */
  public String meaning() {
    return meaning;
  }
}
