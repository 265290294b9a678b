package io.crmkit.core.codec;

/**
 * Stored bytes are not a record the codec can read: damaged, cut short, of another type or from a
 * newer format. The message names the record, the field and the byte offset, never a stored value
 * that could be confidential (enum names and numbers only).
 */
public final class RecordFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public RecordFormatException(String record, String field, int offset, String problem) {
    super(record + " record: " + field + " at byte " + offset + " " + problem);
  }

  /** A JSON record's problem, named by the field's path, e.g. {@code facts[2].recordedAt}. */
  public RecordFormatException(String record, String path, String problem) {
    super(record + " JSON: " + path + " " + problem);
  }
}
