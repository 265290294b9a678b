package io.crmkit.scoring.transactions.internal;

/**
 * The reading a sequential byte scan reports to: it keeps the rows the scan parsed itself and judges
 * every other line with the general line reader, so results and messages are the reader's own.
 *
 * <p>Internal to the transaction readers; not exported, not API.
 */
public interface ScanSession {
  /** Whether the header line is still to come (the scanner leaves it to {@link #line}). */
  boolean headerPending();

  /** The dense index of customer {@code id}, registered if new. */
  int customer(String id);

  /** Keeps a row the scanner parsed completely. */
  void keep(int customer, int day, long amountMinor);

  /** Hands one line to the general line reader; {@code lineNumber} counts from 1. */
  void line(String line, long lineNumber);

  /** A line too long to be held, which the scanner read past: a bad row (or the header). */
  void overlongLine(long lineNumber);
}
