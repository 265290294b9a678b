package io.crmkit.persistence;

/**
 * What was offered to an append-only history (a complaint's events, a style profile's observations)
 * would leave a gap or rewrite what is stored. Append-only means exactly the next entries, once.
 * Names the aggregate, its id and the reason. Nothing was written.
 */
public final class HistoryConflictException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String aggregate;
  private final String id;

  public HistoryConflictException(String aggregate, String id, String reason) {
    super(aggregate + " " + id + ": " + reason);
    this.aggregate = aggregate;
    this.id = id;
  }

  /** A conflict in the history of complaint {@code complaint}. */
  public HistoryConflictException(String complaint, String reason) {
    this("Complaint", complaint, reason);
  }

  public String aggregate() {
    return aggregate;
  }

  public String id() {
    return id;
  }
}
