package io.crmkit.core.satisfaction;

/** The three expectation problems of expectation management, each with its recommended handling. */
public enum ExpectationProblemType {
  /** The customer expects more than we can deliver. */
  TOO_HIGH("beyond what we can deliver",
      "reset it before the service: say plainly what we deliver and why, offer the nearest option, "
          + "confirm it in writing"),
  /** The customer misunderstands the product: expects a feature it does not have. */
  MISTAKEN("a wrong understanding of the product",
      "correct it with facts: show the specification or contract; if our own communication misled, "
          + "say so and fix it at the source"),
  /** The customer asks compensation for a loss they caused themselves. */
  UNREASONABLE("compensation asked for a loss the customer caused",
      "hold the principle courteously: explain with the evidence how the loss came about; offer "
          + "goodwill help, not compensation");

  private final String meaning;
  private final String handling;

  ExpectationProblemType(String meaning, String handling) {
    this.meaning = meaning;
    this.handling = handling;
  }

  /** What the problem is, in words. */
  public String meaning() {
    return meaning;
  }

  /** The recommended handling. */
  public String handling() {
    return handling;
  }
}
