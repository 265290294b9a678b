package io.crmkit.persistence;

/**
 * A save or delete named a version that is no longer the stored one: someone else changed the
 * aggregate first. Nothing was written. Names the aggregate, its id, and both versions.
 */
public final class VersionConflictException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String aggregate;
  private final String id;
  private final long expected;
  private final long actual;

  public VersionConflictException(String aggregate, String id, long expected, long actual) {
    super(aggregate + " " + id + ": expected version " + expected + " but the stored version is " + actual
        + "; reload and retry");
    this.aggregate = aggregate;
    this.id = id;
    this.expected = expected;
    this.actual = actual;
  }

  public String aggregate() {
    return aggregate;
  }

  public String id() {
    return id;
  }

  public long expected() {
    return expected;
  }

  /** The stored version; 0 when nothing is stored under the id. */
  public long actual() {
    return actual;
  }
}
