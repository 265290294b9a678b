package io.crmkit.core.codec;

/**
 * Stored bytes are not a record the codec can read: damaged, cut short, of another type or from a
 * newer format. The message names the record, the field, the byte offset and the rule, never a
 * stored value: not a decoded text, not an enum or currency name read from the bytes (which a
 * damaged length could have taken from a confidential text), only lengths, counts and offsets. A
 * stored value that breaks a rule of the model is reported the same way, by field and rule.
 */
public final class RecordFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public RecordFormatException(String record, String field, int offset, String problem) {
    super(record + " record: " + field + " at byte " + offset + " " + problem);
  }

  /**
   * Decoded values that break a rule of the model (or a builder's own check), reported without the
   * value: an {@link io.crmkit.core.validation.InvalidValueException} by its field and rule, any
   * other failure by its type. The cause is not kept, as its message may quote the value.
   */
  public static RecordFormatException breaksRule(String record, int offset, RuntimeException failure) {
    if (failure instanceof io.crmkit.core.validation.InvalidValueException invalid) {
      return new RecordFormatException(record, invalid.field(), offset, "breaks the rule: " + invalid.rule());
    }
    return new RecordFormatException(record, "record", offset, "does not build a valid value ("
        + failure.getClass().getSimpleName() + ")");
  }

  /** A JSON record's problem, named by the field's path, e.g. {@code facts[2].recordedAt}. */
  public RecordFormatException(String record, String path, String problem) {
    super(record + " JSON: " + path + " " + problem);
  }
}
