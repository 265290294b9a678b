package io.crmkit.scoring.transactions.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Reads an entirely plain delimited file in parts, one per core: each part scans its byte range with
 * customer indexes of its own, then the parts are joined in file order, their customers re-indexed
 * so that indexes still follow first appearance in the file. The result is exactly what the
 * sequential scan gives. At the first line that is not plain (a quote, a bad date, anything the
 * general reader must see) every part stops and the caller reads the file sequentially instead, so
 * bad rows are reported exactly as always.
 *
 * <p>Memory: the rows in blocks (12 bytes a row; joining takes later parts' blocks over) and one
 * customer table per part (32 bytes a slot, at most two slots a customer before the table grows),
 * sized at the start for the customers the part's rows suggest (see {@link #expectedCustomers}).
 *
 * <p>Internal to the transaction reader: public only for it; not exported, not API.
 */
public final class ParallelPlainScanner {
  /** Files smaller than this are read sequentially: splitting would cost more than it saves. */
  public static final long MIN_BYTES = 8L << 20;

  private ParallelPlainScanner() {}

  /**
   * The rows of {@code file} read in {@code parts} parts, or empty when the file is smaller than
   * {@code minBytes}, {@code parts} is less than 2, or a line is not plain.
   */
  public static Optional<ScannedRows> read(Path file, PlainLayout layout, int parts, long minBytes) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (parts < 2 || size < minBytes) {
        return Optional.empty();
      }
      long[] bounds = new long[parts + 1];
      bounds[parts] = size;
      for (int p = 1; p < parts; p++) {
        bounds[p] = Math.max(bounds[p - 1], lineStartAtOrAfter(ch, size * p / parts, size));
      }
      AtomicBoolean notPlain = new AtomicBoolean();
      List<Part> done = IntStream.range(0, parts).parallel().mapToObj(p -> {
        int rows = FastDelimitedScanner.estimateRows(bounds[p + 1] - bounds[p]);
        Part part = new Part(layout, p == 0 && layout.header(), p == 0, notPlain, rows,
            expectedCustomers(rows, parts));
        try {
          FastDelimitedScanner.chunks(ch, bounds[p], bounds[p + 1], part);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + file, e);
        }
        return part;
      }).collect(Collectors.toCollection(ArrayList::new));
      if (notPlain.get()) {
        return Optional.empty();
      }
      return Optional.of(join(done));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * How many customers a part's table is sized for at the start: one for every {@value
   * #ROWS_PER_EXPECTED_CUSTOMER} rows, so the table takes about two thirds of what its rows take
   * (12 bytes a row), and all parts' tables no more than a third of the heap. A file with more
   * customers grows the tables as it is read, as one with fewer leaves part of them empty.
   */
  static int expectedCustomers(int rows, int parts) {
    long heapShare = Runtime.getRuntime().maxMemory() / 3 / parts / CustomerTable.BYTES_PER_EXPECTED_CUSTOMER;
    return (int) Math.min(rows / ROWS_PER_EXPECTED_CUSTOMER, heapShare);
  }

  static final int ROWS_PER_EXPECTED_CUSTOMER = 8;

  /** The offset just after the first line end at or after {@code from - 1}: the start of a line. */
  private static long lineStartAtOrAfter(FileChannel ch, long from, long size) throws IOException {
    ByteBuffer window = ByteBuffer.allocate(1 << 16);
    for (long at = Math.max(0, from - 1); at < size; at += window.capacity()) {
      window.clear();
      int read = ch.read(window, at);
      for (int i = 0; i < read; i++) {
        if (window.get(i) == '\n') {
          return at + i + 1;
        }
      }
    }
    return size;
  }

  /**
   * The parts in file order as one log: the first part's customer table becomes the whole file's,
   * every later part's customers (with their statistics) are added to it in order, on both cores
   * (see {@link CustomerTable#merge}); then, also on both cores, the statistics are taken from the
   * table while the later parts' rows join the first part's, their customer indexes mapped in
   * place, their blocks taken over, not copied.
   */
  private static ScannedRows join(List<Part> parts) {
    Part first = parts.get(0);
    long amount = 0;
    int[][] global = new int[parts.size()][];
    for (int p = 0; p < parts.size(); p++) {
      Part part = parts.get(p);
      amount += part.amountTotal;
      if (p > 0) {
        global[p] = first.customers.merge(part.customers, part.ids, 2);
        part.customers = null;
      }
    }
    CustomerIds ids = first.ids.build();
    CustomerStats[] stats = new CustomerStats[1];
    IntStream.range(0, 2).parallel().forEach(task -> {
      if (task == 0) {
        stats[0] = first.customers.stats(ids.size());
      } else {
        for (int p = 1; p < parts.size(); p++) {
          first.rows.adopt(parts.get(p).rows, global[p]);
        }
      }
    });
    return new ScannedRows(ids, first.rows, stats[0], amount);
  }

  /**
   * One byte range: its rows, and its own customer table (indexes in first-appearance order within
   * the range) with each customer's statistics.
   */
  private static final class Part implements FastDelimitedScanner.ChunkSink {
    // Shared by all parts.
    private final AtomicBoolean notPlain;

    // Where this part stands in the file.
    private final boolean fileStart;
    private boolean headerPending;
    private long lineNumber;

    // Parsing.
    private final FastDelimitedScanner.Parser parser;
    /** The row the parser read last. */
    private final FastDelimitedScanner.Row row = new FastDelimitedScanner.Row();

    // What the part gathered, taken by join.
    final CustomerIds.Pool ids;
    CustomerTable customers;
    final RowBlocks rows;
    long amountTotal;

    // Numeric customer keys of the last rows, not yet looked up, with their days and amounts.
    private final long[] pendingKeys = new long[32];
    private final int[] pendingStarts = new int[32];
    private final int[] pendingDays = new int[32];
    private final long[] pendingAmounts = new long[32];
    private final int[] resolved = new int[32];
    private int pendingCount;

    Part(PlainLayout layout, boolean headerPending, boolean fileStart, AtomicBoolean notPlain,
        int expectedRows, int expectedCustomers) {
      this.parser = new FastDelimitedScanner.Parser(layout);
      this.headerPending = headerPending;
      this.fileStart = fileStart;
      this.notPlain = notPlain;
      int expectedIds = Math.min(expectedRows, 1 << 20);
      if (fileStart) {
        this.ids = new CustomerIds.Pool(expectedIds);
        this.customers = new CustomerTable((b, s, e, numeric) -> ids.add(b, s, e), expectedCustomers);
      } else {
        // A later part's ids are read back only when they are not numeric (see CustomerTable.merge:
        // a numeric key holds its id's digits), so a numeric one is kept as an empty entry.
        this.ids = new CustomerIds.Pool(expectedIds, 0);
        this.customers = new CustomerTable((b, s, e, numeric) -> ids.add(b, s, numeric ? s : e), expectedCustomers);
      }
      this.rows = new RowBlocks(expectedRows);
    }

    /**
     * Whole lines of a buffer load: each line of the common shape parsed in one pass, any other
     * found and parsed in one pass too; the first line of the file, blank lines and anything not
     * plain go through {@link #line}.
     */
    @Override
    public int consume(byte[] b, int pos, int len, boolean last) {
      int next = lines(b, pos, len, last);
      finish(b); // while the pending ids' bytes are still in the buffer
      return next;
    }

    private int lines(byte[] b, int pos, int len, boolean last) {
      if (notPlain.get()) {
        return -1;
      }
      FastDelimitedScanner.Row r = row;
      while (pos < len) {
        if (!headerPending && (lineNumber > 0 || !fileStart)) {
          int lf = parser.fastLine(b, pos, len, r);
          if (lf >= 0) {
            lineNumber++;
            keep(b, r);
            pos = lf + 1;
            continue;
          }
        }
        int lf = parser.parseLine(b, pos, len, r);
        if (lf < 0) {
          if (!last) {
            if (pos == 0 && len == b.length) { // one line fills the buffer: the sequential reader reports it
              notPlain.set(true);
              return -1;
            }
            return pos; // the line continues in the next load
          }
          int end = b[len - 1] == '\r' ? len - 1 : len;
          return line(b, pos, end, ++lineNumber) ? len : -1;
        }
        lineNumber++;
        if (r.linePlain && !headerPending && !(fileStart && lineNumber == 1)) {
          keep(b, r);
        } else if (!line(b, pos, r.lineEnd, lineNumber)) {
          return -1;
        }
        pos = lf + 1;
      }
      return pos;
    }

    /** A line the one-pass parse did not keep: the file's first line, a blank line, or one that is not plain. */
    private boolean line(byte[] b, int start, int end, long lineNumber) {
      if (notPlain.get()) {
        return false;
      }
      if (fileStart && lineNumber == 1 && end - start >= 3 && b[start] == (byte) 0xEF && b[start + 1] == (byte) 0xBB
          && b[start + 2] == (byte) 0xBF) {
        start += 3; // a byte-order mark, as the general reader drops it
      }
      if (blank(b, start, end)) {
        return true; // the general reader passes over blank lines, without counting them
      }
      if (headerPending) {
        headerPending = false;
        return true;
      }
      if (!parser.parse(b, start, end, row)) {
        notPlain.set(true);
        return false;
      }
      keep(b, row);
      return true;
    }

    /** Keeps the row {@code r} the parser just read. */
    private void keep(byte[] b, FastDelimitedScanner.Row r) {
      long key = r.customerKey;
      if (key >= 0) {
        pendingKeys[pendingCount] = key; // resolved in batches, see CustomerTable.addNumeric
        pendingStarts[pendingCount] = r.customerStart;
        pendingDays[pendingCount] = r.day;
        pendingAmounts[pendingCount] = r.amount;
        rows.add(-1, r.day, r.amount);
        if (++pendingCount == pendingKeys.length) {
          finish(b);
        }
      } else {
        finish(b); // an id of another form is resolved now, after every earlier row's
        rows.add(customers.add(b, r.customerStart, r.customerEnd, r.day, r.amount), r.day, r.amount);
      }
      amountTotal += r.amount;
    }

    /** Resolves the pending numeric ids, which belong to the last rows added; their bytes are in {@code b}. */
    private void finish(byte[] b) {
      if (pendingCount > 0) {
        customers.addNumeric(pendingKeys, b, pendingStarts, pendingDays, pendingAmounts, pendingCount, resolved, 0);
        rows.setLastCustomers(resolved, pendingCount);
        pendingCount = 0;
      }
    }

    /** Only ASCII whitespace (String.isBlank would also pass other whitespace, which is not plain here). */
    private static boolean blank(byte[] b, int start, int end) {
      for (int i = start; i < end; i++) {
        byte c = b[i];
        if (c != ' ' && c != '\t' && (c < 0x0B || c > 0x0D) && (c < 0x1C || c > 0x1F)) {
          return false;
        }
      }
      return true;
    }
  }
}
