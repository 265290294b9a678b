package io.crmkit.scoring.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

/**
 * Reads an entirely plain delimited file in parts, one per core: each part scans its byte range with
 * customer indexes of its own, then the parts are joined in file order, their customers re-indexed
 * so that indexes still follow first appearance in the file. The result is exactly what the
 * sequential scan gives. At the first line that is not plain (a quote, a bad date, anything the
 * general reader must see) every part stops and the caller reads the file sequentially instead, so
 * bad rows are reported exactly as always.
 */
final class ParallelPlainScanner {
  /** Files smaller than this are read sequentially: splitting would cost more than it saves. */
  static final long MIN_BYTES = 8L << 20;

  private ParallelPlainScanner() {}

  /** The result, or empty when the file is small or not entirely plain. */
  static Optional<ReadResult> read(Path file, TransactionFormat format, int parts, long minBytes) {
    int scale = Math.max(0, format.currency().getDefaultFractionDigits());
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (parts < 2 || size < minBytes || !fitsInHeap(size)) {
        return Optional.empty();
      }
      long[] bounds = new long[parts + 1];
      bounds[parts] = size;
      for (int p = 1; p < parts; p++) {
        bounds[p] = Math.max(bounds[p - 1], lineStartAtOrAfter(ch, size * p / parts, size));
      }
      AtomicBoolean notPlain = new AtomicBoolean();
      List<Part> done = IntStream.range(0, parts).parallel().mapToObj(p -> {
        Part part = new Part(format, scale, p == 0 && format.header(), p == 0, notPlain,
            FastDelimitedScanner.estimateRows(p == 0 ? size : bounds[p + 1] - bounds[p]));
        try {
          FastDelimitedScanner.chunks(ch, bounds[p], bounds[p + 1], part);
          part.flush(part.size);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + file, e);
        }
        return part;
      }).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
      if (notPlain.get()) {
        return Optional.empty();
      }
      return Optional.of(join(file.toString(), format, done));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Whether the heap has room for reading in parts, which holds about half as much again as the
   * sequential reader while the parts are joined: the first part's columns sized for the whole file,
   * the other parts' columns, and one customer table per part (about 48 bytes a row altogether,
   * generously). A small heap gets the sequential reader, which needs less.
   */
  private static boolean fitsInHeap(long bytes) {
    Runtime runtime = Runtime.getRuntime();
    long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    return FastDelimitedScanner.estimateRows(bytes) * 48L < free;
  }

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

  /** The parts in file order as one log; the first part's customer table becomes the whole file's. */
  private static ReadResult join(String source, TransactionFormat format, List<Part> parts) {
    Part first = parts.get(0);
    long amount = 0;
    for (Part part : parts) {
      amount += part.amountTotal;
    }
    for (int p = 1; p < parts.size(); p++) {
      Part part = parts.get(p);
      int[] global = new int[part.ids.size()];
      for (int j = 0; j < global.length; j++) {
        global[j] = first.customers.indexOf(part.ids.bytes(), part.ids.start(j), part.ids.end(j));
      }
      first.ensure(first.size + part.size);
      for (int r = 0; r < part.size; r++) {
        first.customer[first.size + r] = global[part.customer[r]];
      }
      System.arraycopy(part.day, 0, first.day, first.size, part.size);
      System.arraycopy(part.amount, 0, first.amount, first.size, part.size);
      first.size += part.size;
      parts.set(p, null); // let the part's arrays go before the next one is joined
    }
    TransactionLog log = TransactionLog.of(format.currency(), first.ids.build(), first.customer, first.day,
        first.amount, first.size, null);
    ReadReport report = ImmutableReadReport.builder().source(source).rowsRead(first.size).rowsKept(first.size)
        .amountReadMinor(amount).amountKeptMinor(amount).build();
    return ImmutableReadResult.of(log, report);
  }

  /** One byte range: its rows and its own customer indexes, in first-appearance order within the range. */
  private static final class Part implements FastDelimitedScanner.ChunkSink {
    private final FastDelimitedScanner.Parser parser;
    private final AtomicBoolean notPlain;
    private final boolean fileStart;
    private boolean headerPending;
    final CustomerIds.Pool ids;
    final FastDelimitedScanner.CustomerTable customers;
    int[] customer;
    int[] day;
    long[] amount;
    int size;
    long amountTotal;
    /** Numeric customer keys of the last rows, not yet looked up. */
    private final long[] pending = new long[32];
    private int pendingCount;

    Part(TransactionFormat format, int scale, boolean headerPending, boolean fileStart, AtomicBoolean notPlain,
        int expectedRows) {
      this.parser = new FastDelimitedScanner.Parser(format, scale);
      this.headerPending = headerPending;
      this.fileStart = fileStart;
      this.notPlain = notPlain;
      this.ids = new CustomerIds.Pool(Math.min(expectedRows, 1 << 20));
      this.customers = new FastDelimitedScanner.CustomerTable(ids::add);
      this.customer = new int[expectedRows];
      this.day = new int[expectedRows];
      this.amount = new long[expectedRows];
    }

    private long lineNumber;

    /**
     * Whole lines of a buffer load, each found and parsed in one pass; the first line of the file,
     * blank lines and anything not plain go through {@link #line}.
     */
    @Override
    public int consume(byte[] b, int pos, int len, boolean last) {
      while (pos < len) {
        int lf = parser.parseLine(b, pos, len);
        if (lf < 0) {
          if (!last) {
            return pos; // the line continues in the next load
          }
          int end = b[len - 1] == '\r' ? len - 1 : len;
          return line(b, pos, end, ++lineNumber) ? len : -1;
        }
        lineNumber++;
        if (parser.linePlain && !headerPending && !(fileStart && lineNumber == 1) && !notPlain.get()) {
          keep(b);
        } else if (!line(b, pos, parser.lineEnd, lineNumber)) {
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
      if (!parser.parse(b, start, end)) {
        notPlain.set(true);
        return false;
      }
      keep(b);
      return true;
    }

    /** Keeps the row the parser just read. */
    private void keep(byte[] b) {
      ensure(size + 1);
      long key = parser.customerKey;
      if (key >= 0) {
        pending[pendingCount++] = key; // resolved in batches, see CustomerTable.indexOfNumeric
        if (pendingCount == pending.length) {
          flush(size + 1);
        }
      } else {
        flush(size); // an id of another form is resolved now, after every earlier row's
        customer[size] = customers.indexOf(b, parser.customerStart, parser.customerEnd);
      }
      day[size] = parser.day;
      amount[size] = parser.amount;
      amountTotal += parser.amount;
      size++;
    }

    /** Resolves the pending numeric ids, which belong to the rows just before {@code rowsEnd}. */
    void flush(int rowsEnd) {
      if (pendingCount > 0) {
        customers.indexOfNumeric(pending, pendingCount, customer, rowsEnd - pendingCount);
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

    void ensure(int rows) {
      if (rows > customer.length) {
        int grown = Math.max(rows, customer.length + (customer.length >> 1) + 16);
        customer = Arrays.copyOf(customer, grown);
        day = Arrays.copyOf(day, grown);
        amount = Arrays.copyOf(amount, grown);
      }
    }
  }
}
