package io.crmkit.scoring.transactions;

import io.crmkit.core.money.Money;
import io.crmkit.core.validation.Require;
import io.crmkit.scoring.transactions.internal.FastDelimitedScanner;
import io.crmkit.scoring.transactions.internal.ParallelPlainScanner;
import io.crmkit.scoring.transactions.internal.PlainLayout;
import io.crmkit.scoring.transactions.internal.ScanSession;
import io.crmkit.scoring.transactions.internal.ScannedRows;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads transaction files with the JDK only: CSV (configurable separator, date pattern, column
 * order, header or not, decimal point or comma; quoted fields, CRLF, a byte-order mark, blank lines)
 * and the CDNOW format. In {@link ReadMode#STRICT} the first bad row throws a
 * {@link TransactionFormatException}; in {@link ReadMode#LENIENT} bad rows are skipped and reported,
 * until the {@link ReadOptions limits} say the file is not of this format at all. Amounts must be
 * plain decimals (no exponent, at most {@value Require#MAX_DECIMAL_LENGTH} characters), not
 * negative, with at most the currency's fraction digits. A quoted field cannot span lines.
 *
 * <p>Input is bounded before it is worked on: a line longer than {@value #MAX_LINE_LENGTH}
 * characters is a bad row (read past, never held whole), a customer id longer than
 * {@value TransactionLog#MAX_CUSTOMER_ID_LENGTH} characters is a bad row, an amount is checked for
 * its form before any arithmetic, and a skipped row's reason quotes at most the first
 * {@value #MAX_QUOTED} characters of the bad value.
 */
public final class TransactionReader {
  /** The longest line read; a longer one is a bad row. */
  public static final int MAX_LINE_LENGTH = 10_000;

  /** How many characters of a bad value a skipped row's reason or an error quotes. */
  public static final int MAX_QUOTED = 40;

  private TransactionReader() {}

  /**
   * Reads a UTF-8 file. Plain CSV files with ISO dates are scanned as bytes (lines with quotes or
   * anything unusual go through the general line reader, so results and messages are the same);
   * one of 8 MB or more whose every line is plain is read in one part per core.
   */
  public static ReadResult read(Path file, TransactionFormat format, ReadMode mode) {
    return read(file, format, mode, ReadOptions.DEFAULT);
  }

  /** As {@link #read(Path, TransactionFormat, ReadMode)}, with the lenient reading's limits and progress set. */
  public static ReadResult read(Path file, TransactionFormat format, ReadMode mode, ReadOptions options) {
    Require.notNull(file, "file");
    Require.notNull(format, "format");
    Require.notNull(mode, "mode");
    Require.notNull(options, "options");
    if (plainCandidate(format)) {
      Optional<ReadResult> parallel = readInParts(file, format, Runtime.getRuntime().availableProcessors(),
          ParallelPlainScanner.MIN_BYTES);
      if (parallel.isPresent()) {
        options.progress().ifPresent(p -> p.rowsRead(parallel.get().report().rowsRead(),
            parallel.get().report().rowsKept()));
        return parallel.get();
      }
      return scan(file, format, mode, options);
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString(), format, mode, options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Whether the byte scanners may read {@code format}: delimited, ISO dates, an ASCII separator, a decimal point. */
  private static boolean plainCandidate(TransactionFormat format) {
    return format.layout() == TransactionFormat.Layout.DELIMITED && format.datePattern().equals("uuuu-MM-dd")
        && format.separator() < 0x80 && !format.decimalComma();
  }

  /** As {@link #read(Path, TransactionFormat, ReadMode)}, with the parallel reading's parts and threshold set (for tests). */
  static ReadResult read(Path file, TransactionFormat format, ReadMode mode, int parts, long minBytes) {
    return readInParts(file, format, parts, minBytes).orElseGet(() -> scan(file, format, mode, ReadOptions.DEFAULT));
  }

  /**
   * {@code format} with the customer, date and amount columns found by name in the first non-blank
   * line of {@code file} (its header; names compared ignoring case and surrounding quotes and
   * spaces), and as many columns as that line has. For files whose columns are named but not in
   * the order {@code customer,date,amount}.
   */
  public static TransactionFormat columnsNamed(Path file, TransactionFormat format, String customer, String date,
      String amount) {
    Require.notNull(file, "file");
    Require.notNull(format, "format");
    Require.text(customer, "customerColumnName");
    Require.text(date, "dateColumnName");
    Require.text(amount, "amountColumnName");
    String header = null;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      LineSource lines = new LineSource(in);
      String line;
      while ((line = lines.next()) != null) {
        if (!lines.overlong() && !line.isBlank()) {
          header = line.startsWith("\uFEFF") ? line.substring(1) : line;
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Require.that(header != null, "file", "must have a header line to find columns by name", file.getFileName());
    List<String> names = format.layout() == TransactionFormat.Layout.WHITESPACE
        ? List.of(header.strip().split("[ \\t]+")) : splitNames(header, format.separator());
    // One build, not a chain of with* copies: each copy is checked, and a half-moved set of columns is not valid.
    return ImmutableTransactionFormat.builder().from(format).columns(names.size())
        .customerColumn(column(names, customer, "customerColumnName"))
        .dateColumn(column(names, date, "dateColumnName"))
        .amountColumn(column(names, amount, "amountColumnName"))
        .header(true).build();
  }

  private static List<String> splitNames(String header, char separator) {
    List<String> names = new ArrayList<>();
    for (String name : header.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1)) {
      String n = name.strip();
      if (n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"")) {
        n = n.substring(1, n.length() - 1).strip();
      }
      names.add(n);
    }
    return names;
  }

  private static int column(List<String> names, String wanted, String field) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(wanted.strip())) {
        return i;
      }
    }
    throw new io.crmkit.core.validation.InvalidValueException(field, "must name a column of the header "
        + quote(String.join(",", names)), quote(wanted));
  }

  /**
   * A plain delimited file with ISO dates read in {@code parts} parts (every row of it read and
   * kept), or empty when it is smaller than {@code minBytes}, {@code parts} is less than 2, or a line
   * is not plain: then the caller reads it sequentially.
   */
  static Optional<ReadResult> readInParts(Path file, TransactionFormat format, int parts, long minBytes) {
    return ParallelPlainScanner.read(file, layout(format), parts, minBytes).map(scanned -> {
      int rows = scanned.rows().size();
      TransactionLog log = TransactionLog.of(format.currency(), scanned.ids(), scanned.rows(), scanned.stats());
      ReadReport report = ImmutableReadReport.builder().source(file.toString()).rowsRead(rows).rowsKept(rows)
          .amountReadMinor(scanned.amountMinor()).amountKeptMinor(scanned.amountMinor()).build();
      return ImmutableReadResult.of(log, report);
    });
  }

  /** A plain delimited file with ISO dates scanned as bytes in one pass, unusual lines by the line reader. */
  private static ReadResult scan(Path file, TransactionFormat format, ReadMode mode, ReadOptions options) {
    Session session = new Session(file.toString(), format, mode, options);
    FastDelimitedScanner.scan(file, layout(format), session);
    return session.finish();
  }

  private static PlainLayout layout(TransactionFormat format) {
    return new PlainLayout(format.separator(), format.columns(), format.customerColumn(), format.dateColumn(),
        format.amountColumn(), format.header(), Money.scaleOf(format.currency()));
  }

  /** Reads from {@code in}; {@code source} names it in errors and the report. */
  public static ReadResult read(Reader in, String source, TransactionFormat format, ReadMode mode) {
    return read(in, source, format, mode, ReadOptions.DEFAULT);
  }

  /** As {@link #read(Reader, String, TransactionFormat, ReadMode)}, with the lenient reading's limits and progress set. */
  public static ReadResult read(Reader in, String source, TransactionFormat format, ReadMode mode,
      ReadOptions options) {
    Require.notNull(in, "in");
    Require.text(source, "source");
    Require.notNull(format, "format");
    Require.notNull(mode, "mode");
    Require.notNull(options, "options");
    Session session = new Session(source, format, mode, options);
    LineSource lines = new LineSource(in);
    long lineNumber = 0;
    try {
      String line;
      while ((line = lines.next()) != null) {
        if (lines.overlong()) {
          session.overlongLine(++lineNumber);
        } else {
          session.line(line, ++lineNumber);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return session.finish();
  }

  /**
   * {@code text} quoted for a message, cut to its first {@value #MAX_QUOTED} characters (then
   * followed by its length), so a bad value of a megabyte costs a short reason.
   */
  static String quote(String text) {
    if (text.length() <= MAX_QUOTED) {
      return "'" + text + "'";
    }
    return "'" + text.substring(0, MAX_QUOTED) + "'...(" + text.length() + " characters)";
  }

  /**
   * The lines of a reader as {@link BufferedReader#readLine} splits them (at LF, CR or CRLF; a last
   * line without an end), but never more than {@value #MAX_LINE_LENGTH} characters held: the rest
   * of a longer line is read past and {@link #overlong} says so. Not thread-safe.
   */
  private static final class LineSource {
    private final Reader in;
    private final char[] buf = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int pos;
    private int len;
    private boolean overlong;
    private boolean skipLf;

    LineSource(Reader in) {
      this.in = in;
    }

    /** Whether the line {@link #next} returned last was too long (its text then is only its start). */
    boolean overlong() {
      return overlong;
    }

    /** The next line without its end, or null at the end of the input. */
    String next() throws IOException {
      line.setLength(0);
      overlong = false;
      boolean any = false;
      while (true) {
        if (pos == len) {
          len = in.read(buf, 0, buf.length);
          pos = 0;
          if (len <= 0) {
            len = 0;
            return any ? line.toString() : null;
          }
        }
        if (skipLf) {
          skipLf = false;
          if (buf[pos] == '\n') {
            pos++;
            continue;
          }
        }
        any = true;
        int start = pos;
        while (pos < len && buf[pos] != '\n' && buf[pos] != '\r') {
          pos++;
        }
        append(start, pos);
        if (pos < len) {
          skipLf = buf[pos] == '\r';
          pos++;
          return line.toString();
        }
      }
    }

    private void append(int from, int to) {
      int room = MAX_LINE_LENGTH - line.length();
      if (to - from > room) {
        overlong = true;
        to = from + Math.max(0, room);
      }
      line.append(buf, from, to - from);
    }
  }

  /** One reading of one source: the log being built and the account of every row. Not thread-safe. */
  private static final class Session implements ScanSession {
    private final TransactionFormat format;
    private final TransactionLog.Builder log;
    private final String source;
    private final ReadMode mode;
    private final ReadOptions options;
    /** The first skipped rows, up to {@link ReadOptions#skippedDetails()}. */
    private final List<SkippedRow> skipped = new ArrayList<>();
    private long rowsSkipped;
    private SkippedRow firstBad;
    private long untilProgress;
    private final int scale;
    /** Dates repeat: a log of ten million rows holds a few hundred distinct days. */
    private final Map<String, Integer> dayCache = new HashMap<>();
    private long rowsRead;
    private long rowsKept;
    private long amountRead;
    private long amountKept;
    private boolean headerPending;

    Session(String source, TransactionFormat format, ReadMode mode, ReadOptions options) {
      this.source = source;
      this.format = format;
      this.mode = mode;
      this.options = options;
      this.untilProgress = options.progressEvery();
      this.log = TransactionLog.builder(format.currency());
      this.scale = Money.scaleOf(format.currency());
      this.headerPending = format.header();
    }

    @Override
    public boolean headerPending() {
      return headerPending;
    }

    @Override
    public int customer(String id) {
      return log.customer(id);
    }

    @Override
    public void keep(int customer, int day, long amount) {
      rowsRead++;
      rowsKept++;
      amountRead += amount;
      amountKept += amount;
      log.addMinor(customer, day, amount);
      if (--untilProgress == 0) {
        progress();
      }
    }

    private void progress() {
      untilProgress = options.progressEvery();
      options.progress().ifPresent(p -> p.rowsRead(rowsRead, rowsKept));
    }

    /** A line longer than {@link #MAX_LINE_LENGTH}: a bad row (or, first, the header, which is passed over). */
    @Override
    public void overlongLine(long lineNumber) {
      if (headerPending) {
        headerPending = false;
        return;
      }
      rowsRead++;
      bad(lineNumber, 0, "line must be at most " + MAX_LINE_LENGTH + " characters");
    }

    /** Throws in strict mode; else counts the row as skipped, describes it if there is room, and checks the limits. */
    private void bad(long lineNumber, int column, String problem) {
      if (mode == ReadMode.STRICT) {
        throw new TransactionFormatException(source, lineNumber, column, problem);
      }
      rowsSkipped++;
      SkippedRow row = ImmutableSkippedRow.of(lineNumber, column, problem);
      if (firstBad == null) {
        firstBad = row;
      }
      if (skipped.size() < options.skippedDetails()) {
        skipped.add(row);
      }
      if (options.allBadRows() > 0 && rowsKept == 0 && rowsRead >= options.allBadRows()) {
        throw new TransactionFormatException(source, firstBad.line(), firstBad.column(), firstBad.reason()
            + " (and the first " + rowsRead + " rows are all bad: is the file of another format?"
            + " check separator, date format, columns and header)");
      }
      if (rowsRead >= options.minRowsForShare() && rowsSkipped > options.maxBadShare() * rowsRead) {
        throw new TransactionFormatException(source, firstBad.line(), firstBad.column(), firstBad.reason()
            + String.format(java.util.Locale.ROOT, " (and %,d of the first %,d rows are bad, more than %.0f%%)",
                rowsSkipped, rowsRead, 100 * options.maxBadShare()));
      }
      if (--untilProgress == 0) {
        progress();
      }
    }

    /** Handles one line of text: blank lines and the header are passed over, others kept or skipped. */
    @Override
    public void line(String line, long lineNumber) {
      if (line.length() > MAX_LINE_LENGTH) {
        overlongLine(lineNumber);
        return;
      }
      if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        return;
      }
      if (headerPending) {
        headerPending = false;
        return;
      }
      rowsRead++;
      Row row = parse(line, format);
      Long amount = null;
      String problem = row.problem;
      int column = row.problemColumn;
      if (problem == null) {
        String amountText = row.fields.get(format.amountColumn());
        if (format.decimalComma()) {
          amountText = amountText.replace(',', '.');
        }
        long fast = fastMinor(amountText, scale);
        column = format.amountColumn() + 1;
        if (fast >= 0) {
          amount = fast;
        } else if (amountText.length() > Require.MAX_DECIMAL_LENGTH) {
          // Checked before any arithmetic: new BigDecimal of a million digits is slow, of "1e999999999" fatal.
          problem = "amount must be at most " + Require.MAX_DECIMAL_LENGTH + " characters, was " + quote(amountText);
        } else if (!plainDecimal(amountText)) {
          // A plain decimal: digits, at most one point (or comma), no exponent (the message the README shows).
          problem = "amount must be a decimal number, was " + quote(amountText);
        } else {
          try {
            amount = log.toMinor(new BigDecimal(amountText));
          } catch (IllegalArgumentException e) {
            problem = e.getMessage();
          }
        }
        if (problem == null) {
          amountRead = Math.addExact(amountRead, amount);
          if (amount < 0) {
            problem = "amount must not be negative, was " + amountText; // a plain decimal of at most 40 characters
          }
        }
      }
      int day = 0;
      if (problem == null) {
        String dateText = row.fields.get(format.dateColumn());
        Integer cached = dayCache.get(dateText);
        if (cached != null) {
          day = cached;
        } else {
          try {
            day = Math.toIntExact(LocalDate.parse(dateText, format.dateFormatter()).toEpochDay());
            if (dayCache.size() < 100_000) {
              dayCache.put(dateText, day);
            }
          } catch (DateTimeParseException | ArithmeticException e) {
            problem = "date must match " + format.datePattern() + ", was " + quote(dateText);
            column = format.dateColumn() + 1;
          }
        }
      }
      String customer = problem == null ? row.fields.get(format.customerColumn()) : null;
      if (problem == null && customer.isBlank()) {
        problem = "customer id must not be blank";
        column = format.customerColumn() + 1;
      }
      if (problem == null && customer.length() > TransactionLog.MAX_CUSTOMER_ID_LENGTH) {
        problem = "customer id must be at most " + TransactionLog.MAX_CUSTOMER_ID_LENGTH + " characters, was "
            + customer.length();
        column = format.customerColumn() + 1;
      }
      if (problem != null) {
        bad(lineNumber, column, problem);
        return;
      }
      log.addMinor(customer, day, amount);
      rowsKept++;
      amountKept += amount;
      if (--untilProgress == 0) {
        progress();
      }
    }

    ReadResult finish() {
      options.progress().ifPresent(p -> p.rowsRead(rowsRead, rowsKept));
      ReadReport report = ImmutableReadReport.builder().source(source).rowsRead(rowsRead).rowsKept(rowsKept)
          .amountReadMinor(amountRead).amountKeptMinor(amountKept).rowsSkipped(rowsSkipped).skipped(skipped)
          .build();
      return ImmutableReadResult.of(log.build(), report);
    }
  }

  /** The fields of a line, or the problem that stopped splitting it. */
  private static final class Row {
    final List<String> fields = new ArrayList<>();
    String problem;
    int problemColumn;
  }

  private static Row parse(String line, TransactionFormat format) {
    Row row = new Row();
    if (format.layout() == TransactionFormat.Layout.WHITESPACE) {
      for (String f : line.strip().split("[ \\t]+")) {
        row.fields.add(f);
      }
    } else if (line.indexOf('"') < 0) {
      char separator = format.separator();
      int start = 0;
      int next;
      while ((next = line.indexOf(separator, start)) >= 0) {
        row.fields.add(strip(line, start, next));
        start = next + 1;
      }
      row.fields.add(strip(line, start, line.length()));
    } else {
      splitDelimited(line, format.separator(), row);
      if (row.problem != null) {
        return row;
      }
    }
    if (row.fields.size() != format.columns()) {
      row.problem = "expected " + format.columns() + " fields, found " + row.fields.size();
      row.problemColumn = 0;
    }
    return row;
  }

  /** The text between {@code from} and {@code to} without surrounding whitespace, copied only if needed. */
  private static String strip(String line, int from, int to) {
    while (from < to && Character.isWhitespace(line.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
      to--;
    }
    return line.substring(from, to);
  }

  /**
   * Plain decimals ({@code 123}, {@code 12.5}, {@code 12.50}) with at most {@code scale} fraction
   * digits, in minor units; -1 for anything else, which goes through {@link BigDecimal}.
   */
  static long fastMinor(String text, int scale) {
    int n = text.length();
    if (n == 0 || n > 17) {
      return -1;
    }
    long units = 0;
    int i = 0;
    for (; i < n && text.charAt(i) != '.'; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      units = units * 10 + (c - '0');
    }
    if (i == 0) {
      return -1;
    }
    int fraction = 0;
    if (i < n) {
      i++;
      if (i == n) {
        return -1;
      }
      for (; i < n; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9' || ++fraction > scale) {
          return -1;
        }
        units = units * 10 + (c - '0');
      }
    }
    for (; fraction < scale; fraction++) {
      units *= 10;
    }
    return units;
  }

  /** An optional sign, digits, and optionally a point and digits: what {@link BigDecimal} may read here. */
  private static boolean plainDecimal(String text) {
    int i = 0;
    int n = text.length();
    if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      i++;
    }
    int digits = 0;
    for (; i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++) {
      digits++;
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && text.charAt(i) == '.') {
      int fraction = 0;
      for (i++; i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++) {
        fraction++;
      }
      if (fraction == 0) {
        return false;
      }
    }
    return i == n;
  }

  private static void splitDelimited(String line, char separator, Row row) {
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    // Whether the field so far is only whitespace: tracked as it grows, never by copying it per character.
    boolean blank = true;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            field.append('"');
            blank = false;
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
          blank &= Character.isWhitespace(c);
        }
      } else if (c == '"' && blank) {
        quoted = true;
        wasQuoted = true;
        field.setLength(0);
      } else if (c == separator) {
        row.fields.add(wasQuoted ? field.toString() : field.toString().strip());
        field.setLength(0);
        wasQuoted = false;
        blank = true;
      } else {
        field.append(c);
        blank &= Character.isWhitespace(c);
      }
    }
    if (quoted) {
      row.problem = "a quoted field is not closed";
      row.problemColumn = row.fields.size() + 1;
      return;
    }
    row.fields.add(wasQuoted ? field.toString() : field.toString().strip());
  }
}
