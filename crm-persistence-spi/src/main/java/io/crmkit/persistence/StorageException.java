package io.crmkit.persistence;

/**
 * The storage itself failed (the database is unreachable, a disk is full, a record is damaged):
 * not a conflict a caller can resolve by reloading. Adapters wrap their driver's exception in it,
 * so hosts catch one type whatever store they plug in. The operation wrote nothing.
 */
public final class StorageException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** @param operation what was attempted, e.g. "save Customer c-00001" */
  public StorageException(String operation, Throwable cause) {
    super(operation + " failed: " + cause.getMessage(), cause);
  }
}
