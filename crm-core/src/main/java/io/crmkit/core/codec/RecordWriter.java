package io.crmkit.core.codec;

import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Writes a storage record: a compact, versioned binary form of a value that {@link RecordReader}
 * reads back field by field. Codecs of the domain's aggregates use it; hosts may use it for their own.
 * Enums are written by name, so reordering constants keeps old records readable.
 *
 * <p>Not thread-safe: one writer per record.
 */
public final class RecordWriter {
  private byte[] bytes;
  private int size;

  /** A writer whose first bytes say which record type ({@code tag}) in which {@code format} follows. */
  public RecordWriter(char tag, int format) {
    bytes = new byte[256];
    writeByte((byte) tag);
    writeInt(format);
  }

  /** The record written so far. */
  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  public RecordWriter writeBoolean(boolean value) {
    return writeByte((byte) (value ? 1 : 0));
  }

  public RecordWriter writeInt(int value) {
    ensure(4);
    bytes[size++] = (byte) (value >>> 24);
    bytes[size++] = (byte) (value >>> 16);
    bytes[size++] = (byte) (value >>> 8);
    bytes[size++] = (byte) value;
    return this;
  }

  public RecordWriter writeLong(long value) {
    writeInt((int) (value >>> 32));
    return writeInt((int) value);
  }

  /** UTF-8 with its length in front. */
  public RecordWriter writeString(String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    writeInt(utf8.length);
    ensure(utf8.length);
    System.arraycopy(utf8, 0, bytes, size, utf8.length);
    size += utf8.length;
    return this;
  }

  public RecordWriter writeEnum(Enum<?> value) {
    return writeString(value.name());
  }

  public RecordWriter writeInstant(Instant value) {
    writeLong(value.getEpochSecond());
    return writeInt(value.getNano());
  }

  public RecordWriter writeDate(LocalDate value) {
    return writeLong(value.toEpochDay());
  }

  public RecordWriter writeTime(LocalTime value) {
    return writeLong(value.toNanoOfDay());
  }

  /** Exact: the plain decimal string, so scale and precision survive. */
  public RecordWriter writeDecimal(BigDecimal value) {
    return writeString(value.toString());
  }

  /** Money as its exact decimal and ISO 4217 code; {@link RecordReader#readMoney} reads it back. */
  public RecordWriter writeMoney(Money value) {
    return writeDecimal(value.amount()).writeString(value.currency().getCurrencyCode());
  }

  /** A currency as its ISO 4217 code; {@link RecordReader#readCurrency} reads it back. */
  public RecordWriter writeCurrency(Currency value) {
    return writeString(value.getCurrencyCode());
  }

  /** A presence flag, then the value if present. */
  public <T> RecordWriter writeOptional(Optional<T> value, BiConsumer<RecordWriter, T> element) {
    writeBoolean(value.isPresent());
    value.ifPresent(v -> element.accept(this, v));
    return this;
  }

  /** The count, then every element in iteration order. */
  public <T> RecordWriter writeAll(Collection<T> values, BiConsumer<RecordWriter, T> element) {
    writeInt(values.size());
    for (T value : values) {
      element.accept(this, value);
    }
    return this;
  }

  private RecordWriter writeByte(byte value) {
    ensure(1);
    bytes[size++] = value;
    return this;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
