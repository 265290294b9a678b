package io.crmkit.core.identify;

/** The kinds of evidence that two customer records describe one customer, with default weights. */
public enum MatchKind {
  /** The same normalized email address: strong evidence. */
  SAME_EMAIL(0.9),
  /** The same normalized phone number: strong, though families share landlines. */
  SAME_PHONE(0.8),
  /** The same name key: never enough alone (namesakes are different people), decisive with a contact match. */
  SAME_NAME(0.5),
  /**
   * A member of staff checked an identity document and found both records to be one person. Not
   * found by the {@link DuplicateDetector}; attested by whoever merges, who the merge record names.
   */
  VERIFIED_IDENTITY(0.95);

  private final double defaultWeight;

  MatchKind(double defaultWeight) {
    this.defaultWeight = defaultWeight;
  }

  /** Whether this evidence can justify a merge: a shared contact point or a checked identity, not a name. */
  public boolean identifiesAPerson() {
    return this != SAME_NAME;
  }

  /** The weight used unless the detector is configured otherwise. */
  public double defaultWeight() {
    return defaultWeight;
  }
}
