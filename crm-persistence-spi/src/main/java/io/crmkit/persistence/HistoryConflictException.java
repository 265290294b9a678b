package io.crmkit.persistence;

/**
 * What was offered to an append-only history (a complaint's events, a style profile's observations)
 * would leave a gap or rewrite what is stored. Append-only means exactly the next entries, once.
 * Names the aggregate, its id and the reason. Nothing was written.
 */
public final class HistoryConflictException extends IllegalStateException {
  private static final long serialVersionUID = 1L;
  /** What the message of an append with a missing or repeated sequence number says. */
  public static final String GAP_OR_REWRITE = "a gap or a rewrite";
  /** What the message of an append the workflow refuses on replay starts its reason with. */
  public static final String DOES_NOT_CONTINUE = "the events do not continue the stored history";

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
