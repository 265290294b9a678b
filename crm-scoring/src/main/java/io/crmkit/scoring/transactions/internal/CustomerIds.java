package io.crmkit.scoring.transactions.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The external ids of a log's customers by dense index, kept as UTF-8 bytes in one array with
 * offsets: one array of bytes and one of offsets instead of a String object per id, and a String
 * is made only when one is asked for. Immutable once built.
 *
 * <p>Internal to the transaction log and its readers; not exported, not API.
 */
public final class CustomerIds {
  /** The longest customer id a log takes (see {@code TransactionLog.MAX_CUSTOMER_ID_LENGTH}). */
  public static final int MAX_LENGTH = 256;

  private final byte[] bytes;
  /** Id i is bytes[offsets[i] .. offsets[i + 1]). */
  private final int[] offsets;
  private final int size;

  private CustomerIds(byte[] bytes, int[] offsets, int size) {
    this.bytes = bytes;
    this.offsets = offsets;
    this.size = size;
  }

  /** The first {@code size} ids of {@code ids}, in that order. */
  public static CustomerIds of(String[] ids, int size) {
    Pool pool = new Pool(size);
    for (int i = 0; i < size; i++) {
      byte[] utf8 = ids[i].getBytes(StandardCharsets.UTF_8);
      pool.add(utf8, 0, utf8.length);
    }
    return pool.build();
  }

  public int size() {
    return size;
  }

  /** The id at dense index {@code i}. */
  public String get(int i) {
    return new String(bytes, offsets[i], offsets[i + 1] - offsets[i], StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CustomerIds other && (other == this || other.size == size
        && Arrays.equals(offsets, 0, size + 1, other.offsets, 0, size + 1)
        && Arrays.equals(bytes, 0, offsets[size], other.bytes, 0, other.offsets[size]));
  }

  @Override
  public int hashCode() {
    int h = size;
    for (int i = 0; i < offsets[size]; i++) {
      h = 31 * h + bytes[i];
    }
    return h;
  }

  /** Collects ids in index order. Not thread-safe. */
  static final class Pool {
    private byte[] bytes;
    private int[] offsets;
    private int size;

    Pool(int expected) {
      this(expected, expected * 10);
    }

    /** A pool with room for {@code expected} ids of {@code expectedBytes} bytes in all. */
    Pool(int expected, int expectedBytes) {
      bytes = new byte[Math.max(16, expectedBytes)];
      offsets = new int[Math.max(16, expected + 1)];
    }

    /** Appends the id in {@code b[s..e)}; returns its index. */
    int add(byte[] b, int s, int e) {
      int length = e - s;
      int at = offsets[size];
      if (at + length > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, at + length));
      }
      System.arraycopy(b, s, bytes, at, length);
      if (size + 2 > offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
      offsets[size + 1] = at + length;
      return size++;
    }

    int size() {
      return size;
    }

    int start(int i) {
      return offsets[i];
    }

    int end(int i) {
      return offsets[i + 1];
    }

    byte[] bytes() {
      return bytes;
    }

    CustomerIds build() {
      return new CustomerIds(bytes, offsets, size);
    }
  }
}
