package io.crmkit.persistence;

/**
 * Events offered to a complaint history would leave a gap or rewrite what is stored. Append-only
 * means exactly the next events, once. Nothing was written.
 */
public final class HistoryConflictException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String complaint;

  public HistoryConflictException(String complaint, String reason) {
    super("Complaint " + complaint + ": " + reason);
    this.complaint = complaint;
  }

  public String complaint() {
    return complaint;
  }
}
