package io.crmkit.scoring.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Scans a plain delimited file with ISO dates as bytes: no String per row, customer ids looked up by
 * their bytes, dates parsed once per distinct day, amounts read digit by digit. Any line that is not
 * entirely plain (the first line, the header, a quote, a control character, a non-ASCII customer
 * id, an unusual date or amount, the wrong number of fields) is decoded and handed to the general
 * line reader, so results and error messages are exactly those of {@link TransactionReader}.
 */
final class FastDelimitedScanner {
  private static final int FIRST_YEAR = 1900;
  private static final int YEARS = 300;
  private static final int DAY_OFFSET = 1 << 30;

  private FastDelimitedScanner() {}

  /** A row count estimate from the file size (about 25 bytes a row), for sizing the log once. */
  static int estimateRows(Path file) {
    try {
      return estimateRows(Files.size(file));
    } catch (IOException e) {
      return 16;
    }
  }

  /** A row count estimate for {@code bytes} of plain CSV (about 25 bytes a row). */
  static int estimateRows(long bytes) {
    return (int) Math.min(Integer.MAX_VALUE - 16, bytes / 25 + 16);
  }

  static void scan(Path file, TransactionReader.Session session) {
    Scan scan = new Scan(session);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      lines(ch, 0, ch.size(), 0, scan);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Receives a byte range in buffer loads: consumes whole lines from {@code pos} and returns where
   * the first incomplete line starts (or {@code len} at the end of the range), or -1 to stop.
   */
  interface ChunkSink {
    int consume(byte[] b, int pos, int len, boolean last);
  }

  /** Hands {@code from..to} to {@code sink} in buffer loads that end inside a line only when more follows. */
  static void chunks(FileChannel ch, long from, long to, ChunkSink sink) throws IOException {
    byte[] buf = new byte[1 << 20];
    int len = 0;
    long position = from;
    while (true) {
      int want = (int) Math.min(buf.length - len, to - position);
      int read = want == 0 ? 0 : ch.read(ByteBuffer.wrap(buf, len, want), position);
      if (read < 0) {
        read = 0;
      }
      len += read;
      position += read;
      boolean last = position >= to || read == 0 && want > 0;
      int pos = sink.consume(buf, 0, len, last);
      if (pos < 0 || last) {
        return;
      }
      System.arraycopy(buf, pos, buf, 0, len - pos);
      len -= pos;
      if (len == buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
    }
  }

  /** Receives the lines of a byte range, without their line ends; false stops the reading. */
  interface LineSink {
    boolean line(byte[] b, int start, int end, long lineNumber);
  }

  /**
   * Hands every line of {@code from..to} to {@code sink}, numbered from {@code firstLine - 1} + 1;
   * a line may end with LF or CRLF, the last one with neither.
   */
  static void lines(FileChannel ch, long from, long to, long firstLine, LineSink sink) throws IOException {
    long[] lineNumber = {firstLine};
    chunks(ch, from, to, (buf, pos, len, last) -> {
      int nl;
      while ((nl = indexOf(buf, (byte) '\n', pos, len)) >= 0) {
        int end = nl > pos && buf[nl - 1] == '\r' ? nl - 1 : nl;
        if (!sink.line(buf, pos, end, ++lineNumber[0])) {
          return -1;
        }
        pos = nl + 1;
      }
      if (last && pos < len) {
        int end = buf[len - 1] == '\r' ? len - 1 : len;
        sink.line(buf, pos, end, ++lineNumber[0]);
        return len;
      }
      return pos;
    });
  }

  private static int indexOf(byte[] buf, byte b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (buf[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** The sequential scan: plain lines parsed here, every other line by the session's general reader. */
  private static final class Scan implements LineSink {
    private final TransactionReader.Session session;
    private final Parser parser;
    private final CustomerTable customers;

    Scan(TransactionReader.Session session) {
      this.session = session;
      this.parser = new Parser(session.format, session.scale());
      this.customers = new CustomerTable((b, s, e) -> session.log.customer(new String(b, s, e - s,
          StandardCharsets.US_ASCII)));
    }

    /** Lines split off at a lone CR so far: the general reader (BufferedReader) counts each as a line. */
    private long splitLines;

    @Override
    public boolean line(byte[] b, int start, int end, long lineNumber) {
      long n = lineNumber + splitLines;
      if (n == 1 || session.headerPending() || !parser.parse(b, start, end)) {
        // A CR not followed by LF ends a line too, as it does for the general reader.
        int from = start;
        for (int i = start; i < end; i++) {
          if (b[i] == '\r') {
            session.line(new String(b, from, i - from, StandardCharsets.UTF_8), n++);
            splitLines++;
            from = i + 1;
          }
        }
        session.line(new String(b, from, end - from, StandardCharsets.UTF_8), n);
      } else {
        session.keep(customers.indexOf(b, parser.customerStart, parser.customerEnd), parser.day, parser.amount);
      }
      return true;
    }
  }

  /**
   * Parses one plain line: the fields split at the separator and trimmed, an ASCII customer id, an
   * ISO date (each distinct day computed once) and a plain decimal amount. Not thread-safe: one per scan.
   */
  static final class Parser {
    private final byte separator;
    private final int columns;
    private final int customerColumn;
    private final int dateColumn;
    private final int amountColumn;
    private final int scale;
    private final int[] days = new int[YEARS * 372];
    private final int[] starts;
    private final int[] ends;
    /** The last parsed line's customer id bytes, epoch day and amount in minor units. */
    int customerStart;
    int customerEnd;
    /** The id's numeric key, or -1 when it is not 1 to 17 digits. */
    long customerKey;
    int day;
    long amount;

    Parser(TransactionFormat f, int scale) {
      this.separator = (byte) f.separator();
      this.columns = f.columns();
      this.customerColumn = f.customerColumn();
      this.dateColumn = f.dateColumn();
      this.amountColumn = f.amountColumn();
      this.scale = scale;
      this.starts = new int[columns];
      this.ends = new int[columns];
    }

    /** Parses a plain line; false when the line needs the general reader. */
    boolean parse(byte[] b, int start, int end) {
      int field = 0;
      starts[0] = start;
      for (int i = start; i < end; i++) {
        byte c = b[i];
        if (c == separator) {
          if (field == columns - 1) {
            return false;
          }
          ends[field++] = i;
          starts[field] = i + 1;
        } else if (c == '"' || (c >= 0 && c < 0x20 && c != '\t')) {
          return false;
        }
      }
      return fields(b, end, field);
    }

    /** After {@link #parseLine}: where the line ends (without its CR), and whether it is plain. */
    int lineEnd;
    boolean linePlain;

    /**
     * Finds the end of the line starting at {@code start} and parses it in the same pass over its
     * bytes: {@link #lineEnd} and {@link #linePlain} say where it ends and whether it is plain, exactly
     * as {@link #parse} would judge the line. Returns the index of the line's LF, or -1 when there is no
     * LF before {@code limit} (the line continues in the next read).
     */
    int parseLine(byte[] b, int start, int limit) {
      int field = 0;
      boolean ok = true;
      int lastCr = -1;
      int crs = 0;
      starts[0] = start;
      for (int i = start; i < limit; i++) {
        byte c = b[i];
        if (c == separator) {
          if (field == columns - 1) {
            ok = false;
          } else {
            ends[field++] = i;
            starts[field] = i + 1;
          }
        } else if (c >= 0 && c < 0x20 || c == '"') {
          if (c == '\n') {
            boolean crlf = lastCr == i - 1 && i > start;
            lineEnd = crlf ? i - 1 : i;
            // A CR is fine only as the line end; any other control character makes the line not plain.
            linePlain = ok && (crs == 0 || crs == 1 && crlf) && fields(b, lineEnd, field);
            return i;
          }
          if (c == '\r') {
            lastCr = i;
            crs++;
          } else if (c != '\t') {
            ok = false;
          }
        }
      }
      return -1;
    }

    /** The rest of {@link #parse} once the separators of {@code b[.. end)} are found. */
    private boolean fields(byte[] b, int end, int field) {
      if (field != columns - 1) {
        return false;
      }
      ends[field] = end;
      for (int k = 0; k < columns; k++) {
        while (starts[k] < ends[k] && (b[starts[k]] == ' ' || b[starts[k]] == '\t')) {
          starts[k]++;
        }
        while (ends[k] > starts[k] && (b[ends[k] - 1] == ' ' || b[ends[k] - 1] == '\t')) {
          ends[k]--;
        }
      }
      int cs = starts[customerColumn];
      int ce = ends[customerColumn];
      if (cs == ce) {
        return false;
      }
      // ASCII only; on the way, the numeric key of an id of up to 17 digits (see CustomerTable.numericKey).
      boolean numeric = ce - cs <= 17;
      long value = 0;
      for (int i = cs; i < ce; i++) {
        byte c = b[i];
        if (c < 0) {
          return false;
        }
        int digit = c - '0';
        if (digit < 0 || digit > 9) {
          numeric = false;
        } else {
          value = value * 10 + digit;
        }
      }
      int d = day(b, starts[dateColumn], ends[dateColumn]);
      if (d == Integer.MIN_VALUE) {
        return false;
      }
      long a = amount(b, starts[amountColumn], ends[amountColumn]);
      if (a < 0) {
        return false;
      }
      customerStart = cs;
      customerEnd = ce;
      customerKey = numeric ? (value << 5) | (ce - cs) : -1;
      day = d;
      amount = a;
      return true;
    }

    /** The epoch day of "yyyy-MM-dd", or MIN_VALUE for anything else (the general reader explains). */
    private int day(byte[] b, int s, int e) {
      if (e - s != 10 || b[s + 4] != '-' || b[s + 7] != '-') {
        return Integer.MIN_VALUE;
      }
      int y = digits(b, s, 4);
      int m = digits(b, s + 5, 2);
      int d = digits(b, s + 8, 2);
      if (y < FIRST_YEAR || y >= FIRST_YEAR + YEARS || m < 1 || m > 12 || d < 1 || d > 31) {
        return Integer.MIN_VALUE;
      }
      int slot = (y - FIRST_YEAR) * 372 + (m - 1) * 31 + (d - 1);
      int cached = days[slot];
      if (cached != 0) {
        return cached - DAY_OFFSET;
      }
      try {
        int epochDay = Math.toIntExact(LocalDate.of(y, m, d).toEpochDay());
        days[slot] = epochDay + DAY_OFFSET;
        return epochDay;
      } catch (DateTimeException e2) {
        return Integer.MIN_VALUE;
      }
    }

    private static int digits(byte[] b, int s, int n) {
      int v = 0;
      for (int i = s; i < s + n; i++) {
        int c = b[i] - '0';
        if (c < 0 || c > 9) {
          return -1;
        }
        v = v * 10 + c;
      }
      return v;
    }

    /** Minor units of a plain decimal with at most {@code scale} fraction digits, or -1. */
    private long amount(byte[] b, int s, int e) {
      int n = e - s;
      if (n == 0 || n > 17) {
        return -1;
      }
      long units = 0;
      int i = s;
      for (; i < e && b[i] != '.'; i++) {
        int c = b[i] - '0';
        if (c < 0 || c > 9) {
          return -1;
        }
        units = units * 10 + c;
      }
      if (i == s) {
        return -1;
      }
      int fraction = 0;
      if (i < e) {
        i++;
        if (i == e) {
          return -1;
        }
        for (; i < e; i++) {
          int c = b[i] - '0';
          if (c < 0 || c > 9 || ++fraction > scale) {
            return -1;
          }
          units = units * 10 + c;
        }
      }
      for (; fraction < scale; fraction++) {
        units *= 10;
      }
      return units;
    }
  }

  /**
   * Customer ids by their bytes, open addressing: a miss registers the id with the log builder (which
   * also knows ids registered by the general reader), so both paths share one dense index. Ids of up
   * to 17 digits (the common case: numeric customer numbers) are keyed by a long, (value << 5) |
   * length, so leading zeros still count and a lookup touches no object; other ids by their bytes.
   */
  static final class CustomerTable {
    /** Gives a customer seen for the first time its dense index. */
    @FunctionalInterface
    interface Registrar {
      int register(byte[] b, int s, int e);
    }

    private final Registrar registrar;
    /** Slot i holds its key at 2i and its index at 2i + 1: one cache line per lookup, not two. */
    private long[] numeric = new long[2 << 16];
    private int numericSize;
    private int[] slots = new int[1 << 16];
    private byte[][] keys = new byte[1 << 15][];
    private int[] index = new int[1 << 15];
    private int size;

    CustomerTable(Registrar registrar) {
      this.registrar = registrar;
    }

    int indexOf(byte[] b, int s, int e) {
      long numericKey = numericKey(b, s, e);
      if (numericKey >= 0) {
        return numeric(numericKey, b, s, e);
      }
      int mask = slots.length - 1;
      for (int slot = hash(b, s, e) & mask; ; slot = (slot + 1) & mask) {
        int entry = slots[slot];
        if (entry == 0) {
          return add(slot, b, s, e);
        }
        byte[] key = keys[entry - 1];
        if (Arrays.equals(key, 0, key.length, b, s, e)) {
          return index[entry - 1];
        }
      }
    }

    private int add(int slot, byte[] b, int s, int e) {
      byte[] key = Arrays.copyOfRange(b, s, e);
      int customer = registrar.register(b, s, e);
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        index = Arrays.copyOf(index, size * 2);
      }
      keys[size] = key;
      index[size] = customer;
      size++;
      slots[slot] = size;
      if (size * 2 > slots.length) {
        rehash();
      }
      return customer;
    }

    private static int hash(byte[] b, int s, int e) {
      int h = 1;
      for (int i = s; i < e; i++) {
        h = 31 * h + b[i];
      }
      return h ^ (h >>> 16);
    }

    /**
     * The key of an id of 1 to 17 ASCII digits, (value << 5) | length, so leading zeros still count;
     * -1 for any other id.
     */
    static long numericKey(byte[] b, int s, int e) {
      if (e - s > 17) {
        return -1;
      }
      long value = 0;
      for (int i = s; i < e; i++) {
        int c = b[i] - '0';
        if (c < 0 || c > 9) {
          return -1;
        }
        value = value * 10 + c;
      }
      return (value << 5) | (e - s);
    }

    /**
     * The indexes of {@code n} numeric keys, written to {@code out} from {@code at}, registering new
     * ids in key order (so first appearance is kept). The first load of every probe is issued before
     * any is used: a million-customer table does not fit in cache, and misses that overlap cost
     * little more than one.
     */
    void indexOfNumeric(long[] keys, int n, int[] out, int at) {
      long[] table = numeric;
      int mask = (table.length >> 1) - 1;
      long touched = 0;
      for (int i = 0; i < n; i++) {
        touched += table[2 * slot(keys[i], mask)];
      }
      sink += touched; // keeps the loads: the JIT may not drop a loop whose result is stored
      for (int i = 0; i < n; i++) {
        out[at + i] = numeric(keys[i], null, 0, 0);
      }
    }

    /** Where {@link #indexOfNumeric} stores what it touched; never read. */
    private long sink;
    private final byte[] digits = new byte[17];

    /** Keys are never 0 (the length is at least 1), so 0 marks a free slot. */
    private int numeric(long key, byte[] b, int s, int e) {
      long[] table = numeric;
      int mask = (table.length >> 1) - 1;
      for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
        long k = table[2 * slot];
        if (k == key) {
          return (int) table[2 * slot + 1];
        }
        if (k == 0) {
          int customer = b != null ? registrar.register(b, s, e) : registerDigitsOf(key);
          table[2 * slot] = key;
          table[2 * slot + 1] = customer;
          if (++numericSize * 2 > mask + 1) {
            growNumeric();
          }
          return customer;
        }
      }
    }

    /** Registers the id a numeric key stands for: its value in as many digits as its length, zero-padded. */
    private int registerDigitsOf(long key) {
      int length = (int) (key & 31);
      long value = key >>> 5;
      for (int i = length - 1; i >= 0; i--) {
        digits[i] = (byte) ('0' + value % 10);
        value /= 10;
      }
      return registrar.register(digits, 0, length);
    }

    private static int slot(long key, int mask) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32)) & mask;
    }

    private void growNumeric() {
      long[] old = numeric;
      numeric = new long[old.length * 2];
      int mask = (numeric.length >> 1) - 1;
      for (int i = 0; i < old.length; i += 2) {
        if (old[i] != 0) {
          int slot = slot(old[i], mask);
          while (numeric[2 * slot] != 0) {
            slot = (slot + 1) & mask;
          }
          numeric[2 * slot] = old[i];
          numeric[2 * slot + 1] = old[i + 1];
        }
      }
    }

    private void rehash() {
      int[] grown = new int[slots.length * 2];
      int mask = grown.length - 1;
      for (int entry = 1; entry <= size; entry++) {
        byte[] key = keys[entry - 1];
        int slot = hash(key, 0, key.length) & mask;
        while (grown[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        grown[slot] = entry;
      }
      slots = grown;
    }
  }
}
