package io.crmkit.scoring.transactions.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Scans a plain delimited file with ISO dates as bytes: no String per row, customer ids looked up by
 * their bytes, dates converted once per distinct month, digits read eight at a time. Any line that is not
 * entirely plain (the first line, the header, a quote, a control character, a non-ASCII customer
 * id, an unusual date or amount, the wrong number of fields) is decoded and handed to the general
 * line reader, so results and error messages are exactly those of the general reader.
 *
 * <p>Internal to the transaction reader: public only for it; not exported, not API.
 */
public final class FastDelimitedScanner {
  private static final int FIRST_YEAR = 1900;
  private static final int YEARS = 300;
  /** Months kept by a parser: far more than a log has, so two rarely share a slot. */
  private static final int MONTH_BITS = 10;
  private static final int MONTH_SLOTS = 1 << MONTH_BITS;

  private FastDelimitedScanner() {}

  /** Eight bytes of a byte array as one little-endian long: the first byte is the lowest. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  /** '0' in every byte. */
  private static final long ZEROS = 0x3030303030303030L;
  private static final long HIGH_NIBBLES = 0xF0F0F0F0F0F0F0F0L;
  /** The bytes 4 and 7 of a word ("yyyy-MM-"), and the dashes expected there. */
  private static final long DASHES_MASK = 0xFF0000FF00000000L;
  private static final long DASHES = 0x2D00002D00000000L;
  private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000};

  /**
   * Non-zero exactly in the bytes of {@code word} that are not ASCII digits: a digit's high nibble is
   * 3, and adding 6 leaves it 3 (only 0x30..0x39 pass both). A carry out of a byte above 0xF9 can
   * only reach later bytes, which lie after the first non-digit and do not count.
   */
  private static long nonDigits(long word) {
    return (word & HIGH_NIBBLES ^ ZEROS) | ((word + 0x0606060606060606L) & HIGH_NIBBLES ^ ZEROS);
  }

  /** How many of the bytes of {@code word}, from the first (lowest), are ASCII digits before any other: 0 to 8. */
  static int leadingDigits(long word) {
    return Long.numberOfTrailingZeros(nonDigits(word)) >>> 3;
  }

  /**
   * The number the first {@code digits} (1 to 8) bytes of {@code word} write, all of them ASCII
   * digits: their digit values moved to the top bytes, below them zeros, as leading zeros.
   */
  static long leadingValue(long word, int digits) {
    return eightDigits((word - ZEROS) << (64 - 8 * digits));
  }

  /**
   * The number written by eight digit values 0..9, one a byte, the first (most significant) in the
   * lowest byte: pairs, then fours, then all eight combined by three multiplications.
   */
  private static long eightDigits(long digits) {
    long pairs = digits * 10 + (digits >>> 8);
    return ((pairs & 0x000000FF000000FFL) * (100 + (1_000_000L << 32))
        + ((pairs >>> 16) & 0x000000FF000000FFL) * (1 + (10_000L << 32))) >>> 32;
  }

  /** A row count estimate for {@code bytes} of plain CSV (about 25 bytes a row), for sizing buffers and checking the heap. */
  static int estimateRows(long bytes) {
    return (int) Math.min(Integer.MAX_VALUE - 16, bytes / 25 + 16);
  }

  /** Scans {@code file} of {@code layout} into {@code session}: plain lines parsed here, every other one by the session. */
  public static void scan(Path file, PlainLayout layout, ScanSession session) {
    Scan scan = new Scan(layout, session);
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
        // Never grown to hold a longer line: every sink reads past (or gives up on) a line that fills the buffer.
        throw new IllegalStateException("a line fills the whole read buffer and its sink did not consume it");
      }
    }
  }

  /** Receives the lines of a byte range, without their line ends; false stops the reading. */
  interface LineSink {
    boolean line(byte[] b, int start, int end, long lineNumber);

    /** A line too long for the read buffer, which is read past without being held; false stops the reading. */
    boolean overlong(long lineNumber);
  }

  /**
   * Hands every line of {@code from..to} to {@code sink}, numbered from {@code firstLine - 1} + 1;
   * a line may end with LF or CRLF, the last one with neither.
   */
  static void lines(FileChannel ch, long from, long to, long firstLine, LineSink sink) throws IOException {
    long[] lineNumber = {firstLine};
    boolean[] skipping = {false};
    chunks(ch, from, to, (buf, pos, len, last) -> {
      if (skipping[0]) { // inside a line too long to hold: read past it to its end
        int nl = indexOf(buf, (byte) '\n', pos, len);
        if (nl < 0) {
          return len;
        }
        skipping[0] = false;
        pos = nl + 1;
      }
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
      if (!last && pos == 0 && len == buf.length) { // one line fills the buffer: far longer than any row may be
        skipping[0] = true;
        return sink.overlong(++lineNumber[0]) ? len : -1;
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
    private final ScanSession session;
    private final Parser parser;
    private final CustomerTable customers;
    /** The row the parser read last. */
    private final Row row = new Row();
    /** Lines split off at a lone CR so far: the general reader (BufferedReader) counts each as a line. */
    private long splitLines;

    Scan(PlainLayout layout, ScanSession session) {
      this.session = session;
      this.parser = new Parser(layout);
      this.customers = new CustomerTable((b, s, e, numeric) -> session.customer(new String(b, s, e - s,
          StandardCharsets.US_ASCII)));
    }

    @Override
    public boolean overlong(long lineNumber) {
      session.overlongLine(lineNumber + splitLines);
      return true;
    }

    @Override
    public boolean line(byte[] b, int start, int end, long lineNumber) {
      long n = lineNumber + splitLines;
      if (n == 1 || session.headerPending() || !parser.parse(b, start, end, row)) {
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
        session.keep(customers.indexOf(b, row.customerStart, row.customerEnd), row.day, row.amount);
      }
      return true;
    }
  }

  /**
   * What the parser read from one line, written by the parser into a holder its caller owns and
   * passes: the customer id's bytes and numeric key, the epoch day and the amount in minor units;
   * after {@link Parser#parseLine} also where the line ends and whether it is plain. Not thread-safe.
   */
  static final class Row {
    int customerStart;
    int customerEnd;
    /** The id's numeric key (see {@link CustomerTable#numericKey}), or -1 when it is not 1 to 17 digits. */
    long customerKey;
    int day;
    long amount;
    /** Where the line ends, without its CR. */
    int lineEnd;
    boolean linePlain;
  }

  /**
   * A number read from bytes and where its digits end: the second result of {@link Parser#digitRun}
   * and {@link Parser#amountFrom}, written into the holder the caller passes.
   */
  private static final class Run {
    long value;
    int end;
  }

  /**
   * Parses one plain line: the fields split at the separator and trimmed, an ASCII customer id, an
   * ISO date (each distinct month converted once) and a plain decimal amount, into a {@link Row} the
   * caller passes. Not thread-safe: one per scan.
   */
  static final class Parser {
    // The layout.
    private final byte separator;
    private final int columns;
    private final int customerColumn;
    private final int dateColumn;
    private final int amountColumn;
    private final int scale;
    /** Whether {@link #fastLine} may be tried: the separator cannot be part of a number, a date or a trimmed space. */
    private final boolean fastSeparator;
    /** Whether the columns are those of the default layout, customer, date, amount, for {@link #customerDateAmountLine}. */
    private final boolean customerDateAmount;

    // The months seen.
    /**
     * Months seen, by a hash of their eight bytes "yyyy-MM-": those bytes as a word (0 where none is
     * kept), the epoch day before the month's first day, and the month's length. A log has few
     * months, so a date costs one comparison and its day's two digits.
     */
    private final long[] monthWords = new long[MONTH_SLOTS];
    private final int[] monthBases = new int[MONTH_SLOTS];
    private final int[] monthLengths = new int[MONTH_SLOTS];

    // Scratch space of one line, reused.
    /** Where each field of the line being parsed starts and ends. */
    private final int[] starts;
    private final int[] ends;
    /** The holder of {@link #digitRun} and {@link #amountFrom}. */
    private final Run run = new Run();

    Parser(PlainLayout layout) {
      this.separator = (byte) layout.separator();
      this.columns = layout.columns();
      this.customerColumn = layout.customerColumn();
      this.dateColumn = layout.dateColumn();
      this.amountColumn = layout.amountColumn();
      this.scale = layout.scale();
      this.starts = new int[columns];
      this.ends = new int[columns];
      this.fastSeparator = separator > ' ' && separator != '"' && separator != '.' && separator != '-'
          && (separator < '0' || separator > '9');
      this.customerDateAmount = fastSeparator && columns == 3 && customerColumn == 0 && dateColumn == 1
          && amountColumn == 2;
    }

    /** Parses a plain line into {@code row}; false when the line needs the general reader. */
    boolean parse(byte[] b, int start, int end, Row row) {
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
      return fields(b, end, field, row);
    }

    /**
     * Parses the line starting at {@code start} into {@code row} if it has the common shape: a
     * numeric customer id of 1 to 17 digits, an ISO date and a plain amount, exactly at their
     * columns, no quote, space or control character anywhere, ending in LF or CRLF. Returns the index
     * of its LF, or -1 when the line has any other shape or does not end before {@code limit}: then
     * {@link #parseLine} decides. Every line it accepts, parseLine accepts as plain with the same
     * values; it only gets there in one pass with no field bookkeeping.
     */
    int fastLine(byte[] b, int start, int limit, Row row) {
      if (customerDateAmount) {
        return customerDateAmountLine(b, start, limit, row);
      }
      if (!fastSeparator) {
        return -1;
      }
      Run r = run;
      int i = start;
      for (int k = 0; k < columns; k++) {
        int s = i;
        if (k == customerColumn) {
          i = digitRun(b, i, limit, 0, r);
          if (i == s || i - s > 17) {
            return -1;
          }
          row.customerStart = s;
          row.customerEnd = i;
          row.customerKey = (r.value << 5) | (i - s);
        } else if (k == dateColumn) {
          if (limit - i < 11) {
            return -1;
          }
          row.day = isoDay(b, i);
          if (row.day == Integer.MIN_VALUE) {
            return -1;
          }
          i += 10;
        } else if (k == amountColumn) {
          row.amount = amountFrom(b, i, limit, r);
          if (row.amount < 0) {
            return -1;
          }
          i = r.end;
        } else {
          for (; i < limit && b[i] != separator && b[i] != '\n' && b[i] != '\r'; i++) {
            byte c = b[i];
            if (c >= 0 && c <= ' ' || c == '"') {
              return -1;
            }
          }
        }
        if (i >= limit) {
          return -1;
        }
        if (k < columns - 1) {
          if (b[i] != separator) {
            return -1;
          }
          i++;
        } else if (b[i] == '\n') {
          return i;
        } else {
          return b[i] == '\r' && i + 1 < limit && b[i + 1] == '\n' ? i + 1 : -1;
        }
      }
      return -1;
    }

    /**
     * {@link #fastLine} for the default layout, customer, date, amount: the same checks in the same
     * order, written out in one straight run, which the JIT compiles to fewer instructions and
     * branches than the loop over columns.
     */
    private int customerDateAmountLine(byte[] b, int start, int limit, Row row) {
      Run r = run;
      int i = idDigits(b, start, limit, r);
      int digits = i - start;
      if (digits == 0 || digits > 17 || i >= limit || b[i] != separator) {
        return -1;
      }
      row.customerStart = start;
      row.customerEnd = i;
      row.customerKey = (r.value << 5) | digits;
      i++;
      if (limit - i < 11) {
        return -1;
      }
      int d = isoDay(b, i);
      if (d == Integer.MIN_VALUE || b[i + 10] != separator) {
        return -1;
      }
      row.day = d;
      long a = amountFrom(b, i + 11, limit, r);
      if (a < 0) {
        return -1;
      }
      row.amount = a;
      i = r.end;
      if (i >= limit) {
        return -1;
      }
      if (b[i] == '\n') {
        return i;
      }
      return b[i] == '\r' && i + 1 < limit && b[i + 1] == '\n' ? i + 1 : -1;
    }

    /**
     * {@link #digitRun} from {@code start} on zero for a customer id: one of up to 15 digits, with 16
     * bytes to read, is read from two words with no loop; any other as digitRun reads it. The value
     * goes to {@code out}; returns where the digits end.
     */
    private static int idDigits(byte[] b, int start, int limit, Run out) {
      if (limit - start < 16) {
        return digitRun(b, start, limit, 0, out);
      }
      long first = (long) LONGS.get(b, start);
      int digits = leadingDigits(first);
      if (digits < 8) {
        out.value = digits == 0 ? 0 : leadingValue(first, digits);
        return start + digits;
      }
      long second = (long) LONGS.get(b, start + 8);
      int more = leadingDigits(second);
      if (more == 8) {
        return digitRun(b, start, limit, 0, out);
      }
      long high = leadingValue(first, 8);
      out.value = more == 0 ? high : high * POWERS_OF_TEN[more] + leadingValue(second, more);
      return start + 8 + more;
    }

    /**
     * Reads the run of ASCII digits from {@code i} (before {@code limit}) on top of {@code value}
     * (value x 10 + digit each, in long arithmetic), writes the result to {@code out} and returns
     * where the run ends. Eight bytes at a time where eight remain: a word's digit bytes are found and
     * converted together, with no chain of one multiplication per digit.
     */
    private static int digitRun(byte[] b, int i, int limit, long value, Run out) {
      while (limit - i >= 8) {
        long word = (long) LONGS.get(b, i);
        int digits = leadingDigits(word);
        if (digits < 8) {
          out.value = digits == 0 ? value : value * POWERS_OF_TEN[digits] + leadingValue(word, digits);
          return i + digits;
        }
        value = value * 100_000_000L + leadingValue(word, 8);
        i += 8;
      }
      for (; i < limit; i++) {
        int digit = b[i] - '0';
        if (digit < 0 || digit > 9) {
          break;
        }
        value = value * 10 + digit;
      }
      out.value = value;
      return i;
    }

    /**
     * Finds the end of the line starting at {@code start} and parses it in the same pass over its
     * bytes into {@code row}: {@link Row#lineEnd} and {@link Row#linePlain} say where it ends and
     * whether it is plain, exactly as {@link #parse} would judge the line. Returns the index of the
     * line's LF, or -1 when there is no LF before {@code limit} (the line continues in the next read).
     */
    int parseLine(byte[] b, int start, int limit, Row row) {
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
            int lineEnd = crlf ? i - 1 : i;
            row.lineEnd = lineEnd;
            // A CR is fine only as the line end; any other control character makes the line not plain.
            row.linePlain = ok && (crs == 0 || crs == 1 && crlf) && fields(b, lineEnd, field, row);
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
    private boolean fields(byte[] b, int end, int field, Row row) {
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
      if (cs == ce || ce - cs > CustomerIds.MAX_LENGTH) {
        return false; // the general reader explains
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
      row.customerStart = cs;
      row.customerEnd = ce;
      row.customerKey = numeric ? (value << 5) | (ce - cs) : -1;
      row.day = d;
      row.amount = a;
      return true;
    }

    /** The epoch day of "yyyy-MM-dd", or MIN_VALUE for anything else (the general reader explains). */
    private int day(byte[] b, int s, int e) {
      return e - s == 10 ? isoDay(b, s) : Integer.MIN_VALUE;
    }

    /**
     * The epoch day of the ten bytes "yyyy-MM-dd" at {@code s}, or MIN_VALUE for anything else. The
     * first eight bytes ("yyyy-MM-") are read as one word and looked up among the months seen; a
     * month not seen yet is checked and converted by {@link #month}.
     */
    private int isoDay(byte[] b, int s) {
      long word = (long) LONGS.get(b, s);
      int slot = (int) ((word * 0x9E3779B97F4A7C15L) >>> (64 - MONTH_BITS));
      if (monthWords[slot] != word && !month(word, slot)) {
        return Integer.MIN_VALUE;
      }
      int d0 = b[s + 8] - '0';
      int d1 = b[s + 9] - '0';
      int d = d0 * 10 + d1;
      if (d0 < 0 || d0 > 9 || d1 < 0 || d1 > 9 || d < 1 || d > monthLengths[slot]) {
        return Integer.MIN_VALUE;
      }
      return monthBases[slot] + d;
    }

    /**
     * Checks a word that should read "yyyy-MM-" (a year 1900..2199, a month 1..12) and keeps its
     * month in {@code slot}, replacing any other month there; false if it does not (the general reader
     * then judges the date). With its dashes made zeros the word reads as the number yyyy0MM0.
     */
    private boolean month(long word, int slot) {
      if ((word & DASHES_MASK) != DASHES) {
        return false;
      }
      long digits = word ^ DASHES_MASK & (DASHES ^ ZEROS); // the dashes become '0'
      if (nonDigits(digits) != 0) {
        return false;
      }
      int yearMonth = (int) eightDigits(digits - ZEROS); // yyyy0MM0
      int y = yearMonth / 10_000;
      int m = yearMonth % 10_000 / 10;
      if (y < FIRST_YEAR || y >= FIRST_YEAR + YEARS || m < 1 || m > 12) {
        return false;
      }
      LocalDate first = LocalDate.of(y, m, 1);
      monthWords[slot] = word;
      monthBases[slot] = Math.toIntExact(first.toEpochDay() - 1);
      monthLengths[slot] = first.lengthOfMonth();
      return true;
    }

    /**
     * Minor units of the plain decimal that is exactly {@code b[s..e)}, with at most {@code scale}
     * fraction digits, or -1 (also for one whose minor units might not fit in a long: the general
     * reader then decides).
     */
    private long amount(byte[] b, int s, int e) {
      Run r = run;
      long units = amountFrom(b, s, e, r);
      return r.end == e ? units : -1;
    }

    /**
     * Minor units of the plain decimal starting at {@code s} (before {@code limit}): integer digits,
     * then a point and 1 to {@code scale} fraction digits, or none; 17 characters at most, and none
     * whose minor units might not fit in a long. -1 for anything else. {@code out} gets where the
     * digits end: what follows is the caller's to judge. An amount that ends within the eight bytes
     * from {@code s} (most do: "1234.56") is read from that one word.
     */
    private long amountFrom(byte[] b, int s, int limit, Run out) {
      if (limit - s >= 8) {
        long word = (long) LONGS.get(b, s);
        int digits = leadingDigits(word);
        if (digits == 0) {
          return -1;
        }
        if (digits < 8) { // the integer digits end in the word
          if ((word >>> (8 * digits) & 0xFF) != '.') {
            return scaled(leadingValue(word, digits), 0, s, s + digits, out);
          }
          long rest = word >>> (8 * (digits + 1)); // the bytes after the point; zeros (no digits) past the word
          int fraction = leadingDigits(rest);
          if (digits + 1 + fraction < 8) { // and so do the fraction digits, before a byte that is no digit
            if (fraction == 0 || fraction > scale) {
              return -1;
            }
            long units = leadingValue(word, digits) * POWERS_OF_TEN[fraction] + leadingValue(rest, fraction);
            return scaled(units, fraction, s, s + digits + 1 + fraction, out);
          }
        }
      }
      int i = digitRun(b, s, limit, 0, out);
      if (i == s) {
        return -1;
      }
      long units = out.value;
      int fraction = 0;
      if (i < limit && b[i] == '.') {
        int point = i;
        i = digitRun(b, i + 1, limit, units, out);
        units = out.value;
        fraction = i - point - 1;
        if (fraction == 0 || fraction > scale) {
          return -1;
        }
      }
      return scaled(units, fraction, s, i, out);
    }

    /**
     * The minor units of the decimal {@code b[s..end)} read as {@code units} with {@code fraction}
     * fraction digits, which must be 17 characters at most and fit in a long; -1 if not. Writes
     * {@code end} to {@code out}.
     */
    private long scaled(long units, int fraction, int s, int end, Run out) {
      if (end - s > 17 || end - s + scale > 18) {
        return -1;
      }
      for (; fraction < scale; fraction++) {
        units *= 10;
      }
      out.end = end;
      return units;
    }
  }
}
