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
 * Reads transaction files with the JDK only: CSV (configurable separator and date pattern, quoted
 * fields, CRLF, a byte-order mark, blank lines) and the CDNOW format. In {@link ReadMode#STRICT} the
 * first bad row throws a {@link TransactionFormatException}; in {@link ReadMode#LENIENT} bad rows are
 * skipped and reported. Amounts must not be negative and must have at most the currency's fraction
 * digits. A quoted field cannot span lines.
 */
public final class TransactionReader {
  private TransactionReader() {}

  /**
   * Reads a UTF-8 file. Plain CSV files with ISO dates are scanned as bytes (lines with quotes or
   * anything unusual go through the general line reader, so results and messages are the same);
   * one of 8 MB or more whose every line is plain is read in one part per core.
   */
  public static ReadResult read(Path file, TransactionFormat format, ReadMode mode) {
    Require.notNull(file, "file");
    Require.notNull(format, "format");
    Require.notNull(mode, "mode");
    if (format.layout() == TransactionFormat.Layout.DELIMITED && format.datePattern().equals("uuuu-MM-dd")
        && format.separator() < 0x80) {
      Optional<ReadResult> parallel = readInParts(file, format, Runtime.getRuntime().availableProcessors(),
          ParallelPlainScanner.MIN_BYTES);
      if (parallel.isPresent()) {
        return parallel.get();
      }
      return scan(file, format, mode);
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString(), format, mode);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** As {@link #read(Path, TransactionFormat, ReadMode)}, with the parallel reading's parts and threshold set (for tests). */
  static ReadResult read(Path file, TransactionFormat format, ReadMode mode, int parts, long minBytes) {
    return readInParts(file, format, parts, minBytes).orElseGet(() -> scan(file, format, mode));
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
  private static ReadResult scan(Path file, TransactionFormat format, ReadMode mode) {
    Session session = new Session(file.toString(), format, mode);
    FastDelimitedScanner.scan(file, layout(format), session);
    return session.finish();
  }

  private static PlainLayout layout(TransactionFormat format) {
    return new PlainLayout(format.separator(), format.columns(), format.customerColumn(), format.dateColumn(),
        format.amountColumn(), format.header(), Money.scaleOf(format.currency()));
  }

  /** Reads from {@code in}; {@code source} names it in errors and the report. */
  public static ReadResult read(Reader in, String source, TransactionFormat format, ReadMode mode) {
    Require.notNull(in, "in");
    Require.text(source, "source");
    Require.notNull(format, "format");
    Require.notNull(mode, "mode");
    BufferedReader reader = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
    Session session = new Session(source, format, mode);
    long lineNumber = 0;
    try {
      String line;
      while ((line = reader.readLine()) != null) {
        session.line(line, ++lineNumber);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return session.finish();
  }

  /** One reading of one source: the log being built and the account of every row. Not thread-safe. */
  private static final class Session implements ScanSession {
    private final TransactionFormat format;
    private final TransactionLog.Builder log;
    private final String source;
    private final ReadMode mode;
    private final List<SkippedRow> skipped = new ArrayList<>();
    private final int scale;
    /** Dates repeat: a log of ten million rows holds a few hundred distinct days. */
    private final Map<String, Integer> dayCache = new HashMap<>();
    private long rowsRead;
    private long rowsKept;
    private long amountRead;
    private long amountKept;
    private boolean headerPending;

    Session(String source, TransactionFormat format, ReadMode mode) {
      this.source = source;
      this.format = format;
      this.mode = mode;
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
    }

    /** Handles one line of text: blank lines and the header are passed over, others kept or skipped. */
    @Override
    public void line(String line, long lineNumber) {
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
        try {
          long fast = fastMinor(amountText, scale);
          amount = fast >= 0 ? fast : log.toMinor(new BigDecimal(amountText));
          amountRead = Math.addExact(amountRead, amount);
          if (amount < 0) {
            problem = "amount must not be negative, was " + amountText;
            column = format.amountColumn() + 1;
          }
        } catch (NumberFormatException e) {
          problem = "amount must be a decimal number, was '" + amountText + "'";
          column = format.amountColumn() + 1;
        } catch (IllegalArgumentException e) {
          problem = e.getMessage();
          column = format.amountColumn() + 1;
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
          } catch (DateTimeParseException e) {
            problem = "date must match " + format.datePattern() + ", was '" + dateText + "'";
            column = format.dateColumn() + 1;
          }
        }
      }
      String customer = problem == null ? row.fields.get(format.customerColumn()) : null;
      if (problem == null && customer.isBlank()) {
        problem = "customer id must not be blank";
        column = format.customerColumn() + 1;
      }
      if (problem != null) {
        if (mode == ReadMode.STRICT) {
          throw new TransactionFormatException(source, lineNumber, column, problem);
        }
        skipped.add(ImmutableSkippedRow.of(lineNumber, column, problem));
        return;
      }
      log.addMinor(customer, day, amount);
      rowsKept++;
      amountKept += amount;
    }

    ReadResult finish() {
      ReadReport report = ImmutableReadReport.builder().source(source).rowsRead(rowsRead).rowsKept(rowsKept)
          .amountReadMinor(amountRead).amountKeptMinor(amountKept).skipped(skipped).build();
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

  private static void splitDelimited(String line, char separator, Row row) {
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank()) {
        quoted = true;
        wasQuoted = true;
        field.setLength(0);
      } else if (c == separator) {
        row.fields.add(wasQuoted ? field.toString() : field.toString().strip());
        field.setLength(0);
        wasQuoted = false;
      } else {
        field.append(c);
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
