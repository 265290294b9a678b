package io.crmkit.core.codec;

import io.crmkit.core.money.Money;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.validation.Require;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a record written by {@link RecordWriter}, in the same field order. Every failure (a wrong
 * record type, an unknown format, truncated or trailing bytes, an unknown enum name) is a
 * {@link RecordFormatException} naming the field being read and the byte offset.
 *
 * <p>Not thread-safe: one reader per record.
 */
public final class RecordReader {
  private final byte[] bytes;
  private final String record;
  private final int format;
  private int position;

  /**
   * Starts reading {@code bytes}, which must be a {@code tag} record in one of the formats
   * {@code 1..latestFormat}.
   */
  public RecordReader(byte[] bytes, char tag, int latestFormat, String record) {
    this.bytes = Require.notNull(bytes, record + ".bytes");
    this.record = record;
    if (bytes.length < 5 || bytes[0] != (byte) tag) {
      throw new RecordFormatException(record, "type tag", 0, "is not a " + record + " record");
    }
    position = 1;
    format = readInt("format");
    if (format < 1 || format > latestFormat) {
      throw new RecordFormatException(record, "format", 1,
          "is format " + format + ", this version reads formats 1.." + latestFormat);
    }
  }

  /** The record's format version, for codecs that read older formats differently. */
  public int format() {
    return format;
  }

  /** The offset of the next byte to read, for codecs that report their own format errors. */
  public int position() {
    return position;
  }

  public boolean readBoolean(String field) {
    need(1, field);
    byte b = bytes[position++];
    if (b != 0 && b != 1) {
      throw new RecordFormatException(record, field, position - 1, "holds " + b + " where a boolean is stored");
    }
    return b == 1;
  }

  public int readInt(String field) {
    int at = position;
    need(4, field);
    position += 4;
    return (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
        | bytes[at + 3] & 0xff;
  }

  public long readLong(String field) {
    long high = readInt(field);
    return high << 32 | (readInt(field) & 0xffffffffL);
  }

  public String readString(String field) {
    int length = readInt(field);
    if (length < 0) {
      throw new RecordFormatException(record, field, position - 4, "has negative length " + length);
    }
    int at = position;
    need(length, field);
    position += length;
    return new String(bytes, at, length, StandardCharsets.UTF_8);
  }

  public <E extends Enum<E>> E readEnum(Class<E> type, String field) {
    int at = position;
    String name = readString(field);
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new RecordFormatException(record, field, at, "holds a " + name.length()
          + "-character name that is not a " + type.getSimpleName());
    }
  }

  public Instant readInstant(String field) {
    int at = position;
    long seconds = readLong(field);
    int nanos = readInt(field);
    try {
      return Instant.ofEpochSecond(seconds, nanos);
    } catch (DateTimeException e) {
      throw new RecordFormatException(record, field, at, "is not an instant (out of range)");
    }
  }

  public LocalDate readDate(String field) {
    int at = position;
    long day = readLong(field);
    try {
      return LocalDate.ofEpochDay(day);
    } catch (DateTimeException e) {
      throw new RecordFormatException(record, field, at, "is not a date (out of range)");
    }
  }

  public LocalTime readTime(String field) {
    int at = position;
    long nanos = readLong(field);
    try {
      return LocalTime.ofNanoOfDay(nanos);
    } catch (DateTimeException e) {
      throw new RecordFormatException(record, field, at, "is not a time of day (out of range)");
    }
  }

  /**
   * Reads what {@link RecordWriter#writeDecimal} wrote. Refused before any arithmetic when longer
   * than {@value #MAX_DECIMAL_LENGTH} characters or its exponent is outside
   * &plusmn;{@value #MAX_DECIMAL_EXPONENT}: a damaged or forged record cannot make the reader expand
   * {@code 1E+999999999}.
   */
  public BigDecimal readDecimal(String field) {
    int at = position;
    int length = readInt(field);
    position = at;
    if (length > MAX_DECIMAL_LENGTH) {
      throw new RecordFormatException(record, field, at, "has a decimal of " + length + " characters, at most "
          + MAX_DECIMAL_LENGTH + " are read");
    }
    String text = readString(field);
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new RecordFormatException(record, field, at, "is not a decimal");
    }
    if (Math.abs((long) value.scale()) > MAX_DECIMAL_EXPONENT) {
      throw new RecordFormatException(record, field, at, "is a decimal with scale " + value.scale()
          + ", at most " + MAX_DECIMAL_EXPONENT + " either way is read");
    }
    return value;
  }

  /** Longest decimal text a record may hold (see {@link #readDecimal}). */
  public static final int MAX_DECIMAL_LENGTH = 64;

  /** Largest scale, either way, of a decimal a record may hold (see {@link #readDecimal}). */
  public static final int MAX_DECIMAL_EXPONENT = 64;

  /** Reads what {@link RecordWriter#writeCurrency} wrote: an ISO 4217 code. */
  public Currency readCurrency(String field) {
    int at = position;
    String code = readString(field);
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new RecordFormatException(record, field, at, "holds a " + code.length()
          + "-character code that is not an ISO 4217 currency");
    }
  }

  /**
   * Reads what {@link RecordWriter#writeMoney} wrote, as {@code field.amount} and {@code field.currency}.
   *
   * @throws InvalidValueException if the amount has more fraction digits
   *     than the currency
   */
  public Money readMoney(String field) {
    return Money.of(readDecimal(field + ".amount"), readCurrency(field + ".currency"));
  }

  /** Reads what {@link RecordWriter#writeOptional} wrote. */
  public <T> Optional<T> readOptional(String field, Function<RecordReader, T> element) {
    return readBoolean(field) ? Optional.of(element.apply(this)) : Optional.empty();
  }

  /** Reads what {@link RecordWriter#writeAll} wrote. */
  public <T> List<T> readAll(String field, Function<RecordReader, T> element) {
    int count = readInt(field);
    // Each element takes at least one byte: a larger count can only be a damaged record.
    if (count < 0 || count > bytes.length - position) {
      throw new RecordFormatException(record, field, position - 4, "has impossible count " + count);
    }
    // The count is read from the record: it bounds the loop, never an allocation.
    List<T> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      values.add(element.apply(this));
    }
    return values;
  }

  /** Fails unless every byte was read: trailing bytes mean the record is not what the codec thinks. */
  public void end() {
    if (position != bytes.length) {
      throw new RecordFormatException(record, "end", position, "has " + (bytes.length - position)
          + " bytes left over");
    }
  }

  private void need(int n, String field) {
    if (n > bytes.length - position) {
      throw new RecordFormatException(record, field, position, "is truncated: needs " + n + " bytes, "
          + (bytes.length - position) + " left");
    }
  }
}
