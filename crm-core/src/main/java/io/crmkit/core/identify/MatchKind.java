package io.crmkit.core.identify;

/** The kinds of evidence that two customer records describe one customer, with default weights. */
public enum MatchKind {
  /** The same normalized email address: strong evidence. */
  SAME_EMAIL(0.9),
  /** The same normalized phone number: strong, though families share landlines. */
  SAME_PHONE(0.8),
  /** The same name key: weak alone (names repeat), decisive with a contact match. */
  SAME_NAME(0.5);

  private final double defaultWeight;

  MatchKind(double defaultWeight) {
    this.defaultWeight = defaultWeight;
  }

  /** The weight used unless the detector is configured otherwise. */
  public double defaultWeight() {
    return defaultWeight;
  }
}
