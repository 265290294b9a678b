package io.crmkit.scoring.transactions;

/** What a reader does with a bad row. */
public enum ReadMode {
  /** Fail at the first bad row, naming source, line, column and reason. */
  STRICT,
  /** Skip bad rows and report every one with its reason. */
  LENIENT
}
