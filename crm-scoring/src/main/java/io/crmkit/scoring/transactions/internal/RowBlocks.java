package io.crmkit.scoring.transactions.internal;

import java.util.Arrays;

/**
 * The three columns of a log's rows (customer index, epoch day, amount in minor units) in blocks of
 * up to {@link #BLOCK} rows. Amounts are kept as ints (up to 21,474,836.47 in a currency with
 * cents, nearly every purchase) and a block holding a larger one as longs, so a row takes 12 bytes
 * rather than 16. Blocks are allocated one at a time and never copied as the log grows, and a large
 * log needs no long run of free memory: in a small heap a single column of a large log may not find
 * one even when the heap has room. Only the first block starts small (unless many rows are expected) and
 * doubles until it is full size, so a log of a few rows takes a few kilobytes, not a block's 12 MB.
 * The blocks form segments, every block of a segment full but its last: a log read in parts takes
 * each later part's blocks over as a segment of its own ({@link #adopt}) instead of copying its
 * rows. Appended to while building, never written once a transaction log holds it. Not
 * thread-safe while building.
 *
 * <p>Internal to the transaction log and its readers: public only so that the transaction log can
 * hold one; not exported, not API.
 */
public final class RowBlocks {
  /**
   * Rows a block holds: an int block is then exactly 4 MiB with its array header and a long block
   * 16 bytes under 8 MiB, so blocks fill whole regions of the G1 collector (which sets large arrays
   * apart in regions of 1 to 32 MiB and never copies them) instead of wasting most of one. Fewer,
   * larger blocks mean fewer such allocations, each of which may start a collection in a full heap.
   */
  public static final int BLOCK = (1 << 20) - 4;
  /** Rows the first block holds at the start when few or no rows are expected. */
  static final int FIRST_BLOCK = 1 << 10;

  private int[][] customer = new int[4][];
  private int[][] day = new int[4][];
  /** A block's amounts as ints, or null when they are in {@link #wideAmount}. */
  private int[][] amount = new int[4][];
  /** A block's amounts as longs, for a block that holds an amount beyond the int range; else null. */
  private long[][] wideAmount = new long[4][];
  /** Rows in each block but the one being filled. */
  private int[] blockRows = new int[4];
  private int blocks;
  private int size;
  /** Where each segment starts: its first row and its first block; one segment to begin with. */
  private int[] segmentRow = new int[1];
  private int[] segmentBlock = new int[1];
  private int segments = 1;
  /** Customers of the block being filled before any block is made: no room, so the first row makes one. */
  private static final int[] NO_BLOCK = new int[0];
  /**
   * The block being filled (the last one) and where its next row goes. Its room is the length of its
   * columns: {@link #BLOCK}, or less while it is the first and still growing.
   */
  private int[] lastCustomer = NO_BLOCK;
  private int[] lastDay;
  private int[] lastAmount;
  private long[] lastWide;
  private int offset;
  /** The room of the first block when it is made. */
  private final int firstCapacity;

  /** Blocks for a log of unknown size: the first one starts at {@value #FIRST_BLOCK} rows and grows. */
  public RowBlocks() {
    this(0);
  }

  /** Blocks for about {@code expectedRows} rows: the first one starts large enough for them, up to a full block. */
  RowBlocks(int expectedRows) {
    firstCapacity = Math.max(FIRST_BLOCK, Math.min(BLOCK, expectedRows));
  }

  public int size() {
    return size;
  }

  /** Appends a row: customer index, epoch day, amount in minor units. */
  public void add(int c, int d, long a) {
    if (offset == lastCustomer.length) {
      nextBlock();
    }
    lastCustomer[offset] = c;
    lastDay[offset] = d;
    if (lastAmount != null && a == (int) a) {
      lastAmount[offset] = (int) a;
    } else {
      widen()[offset] = a;
    }
    offset++;
    size++;
  }

  /** The block being filled with its amounts as longs (converted once, when the first large amount comes). */
  private long[] widen() {
    if (lastWide == null) {
      int k = blocks - 1;
      lastWide = wideAmount[k] = new long[lastCustomer.length];
      for (int i = 0; i < offset; i++) {
        lastWide[i] = lastAmount[i];
      }
      lastAmount = amount[k] = null;
    }
    return lastWide;
  }

  /** Sets the customer of a row already added (readers resolve customer ids in batches). */
  void setCustomer(int row, int c) {
    long at = locate(row);
    customer[(int) (at >>> 32)][(int) at] = c;
  }

  /**
   * Sets the customers of the last {@code n} rows added, from {@code c}: readers resolve the ids of
   * the rows they have just added in batches. Straight into the block being filled when they all lie there.
   */
  void setLastCustomers(int[] c, int n) {
    if (n <= offset) {
      System.arraycopy(c, 0, lastCustomer, offset - n, n);
    } else {
      for (int i = 0; i < n; i++) {
        setCustomer(size - n + i, c[i]);
      }
    }
  }

  /**
   * Makes room for the next row: a first block that is not yet full size doubles (its rows copied
   * once, a full block's worth at most in all); otherwise a new full-size block starts.
   */
  private void nextBlock() {
    if (blocks > 0 && lastCustomer.length < BLOCK) {
      int k = blocks - 1;
      int capacity = (int) Math.min(BLOCK, 2L * lastCustomer.length);
      lastCustomer = customer[k] = Arrays.copyOf(lastCustomer, capacity);
      lastDay = day[k] = Arrays.copyOf(lastDay, capacity);
      if (lastWide != null) {
        lastWide = wideAmount[k] = Arrays.copyOf(lastWide, capacity);
      } else {
        lastAmount = amount[k] = Arrays.copyOf(lastAmount, capacity);
      }
      return;
    }
    if (blocks > 0) {
      blockRows[blocks - 1] = offset;
    }
    room(blocks + 1);
    int k = blocks++;
    int capacity = size == 0 ? firstCapacity : BLOCK;
    lastCustomer = customer[k] = new int[capacity];
    lastDay = day[k] = new int[capacity];
    lastAmount = amount[k] = new int[capacity];
    lastWide = null;
    offset = 0;
  }

  private void room(int needed) {
    if (needed > customer.length) {
      int grown = Math.max(needed, customer.length * 2);
      customer = Arrays.copyOf(customer, grown);
      day = Arrays.copyOf(day, grown);
      amount = Arrays.copyOf(amount, grown);
      wideAmount = Arrays.copyOf(wideAmount, grown);
      blockRows = Arrays.copyOf(blockRows, grown);
    }
  }

  /**
   * Takes over every row of {@code other} after this one's, as a segment of its own: its customer
   * indexes mapped through {@code global} in place, its blocks not copied. {@code other} is empty
   * afterwards.
   */
  void adopt(RowBlocks other, int[] global) {
    if (other.size == 0) {
      return;
    }
    for (int k = 0; k < other.blocks; k++) {
      int[] c = other.customer[k];
      for (int r = 0, n = other.rowsIn(k); r < n; r++) {
        c[r] = global[c[r]];
      }
    }
    if (size > 0) {
      blockRows[blocks - 1] = offset;
      addSegment(size, blocks);
    }
    for (int g = 1; g < other.segments; g++) { // the other's own segments, if it has several, follow on
      addSegment(size + other.segmentRow[g], blocks + other.segmentBlock[g]);
    }
    other.blockRows[other.blocks - 1] = other.offset;
    room(blocks + other.blocks);
    for (int k = 0; k < other.blocks; k++) {
      customer[blocks + k] = other.customer[k];
      day[blocks + k] = other.day[k];
      amount[blocks + k] = other.amount[k];
      wideAmount[blocks + k] = other.wideAmount[k];
      blockRows[blocks + k] = other.blockRows[k];
    }
    blocks += other.blocks;
    size += other.size;
    lastCustomer = other.lastCustomer;
    lastDay = other.lastDay;
    lastAmount = other.lastAmount;
    lastWide = other.lastWide;
    offset = other.offset;
    other.clear();
  }

  private void addSegment(int firstRow, int firstBlock) {
    if (segments == segmentRow.length) {
      segmentRow = Arrays.copyOf(segmentRow, segments * 2);
      segmentBlock = Arrays.copyOf(segmentBlock, segments * 2);
    }
    segmentRow[segments] = firstRow;
    segmentBlock[segments] = firstBlock;
    segments++;
  }

  private void clear() {
    customer = new int[4][];
    day = new int[4][];
    amount = new int[4][];
    wideAmount = new long[4][];
    blockRows = new int[4];
    blocks = 0;
    size = 0;
    segmentRow = new int[1];
    segmentBlock = new int[1];
    segments = 1;
    lastCustomer = NO_BLOCK;
    lastDay = lastAmount = null;
    lastWide = null;
    offset = 0;
  }

  /** Rows {@code from..to} as new blocks. */
  public RowBlocks copy(int from, int to) {
    RowBlocks copy = new RowBlocks(to - from);
    for (int row = from; row < to; row++) {
      copy.add(customerAt(row), dayAt(row), amountAt(row));
    }
    return copy;
  }

  /** The block of a row (high half) and its place in the block (low half). */
  private long locate(int row) {
    int g = segments - 1;
    while (row < segmentRow[g]) {
      g--;
    }
    int inSegment = row - segmentRow[g];
    return (long) (segmentBlock[g] + inSegment / BLOCK) << 32 | inSegment % BLOCK;
  }

  public int customerAt(int row) {
    long at = locate(row);
    return customer[(int) (at >>> 32)][(int) at];
  }

  public int dayAt(int row) {
    long at = locate(row);
    return day[(int) (at >>> 32)][(int) at];
  }

  public long amountAt(int row) {
    long at = locate(row);
    int k = (int) (at >>> 32);
    int[] a = amount[k];
    return a != null ? a[(int) at] : wideAmount[k][(int) at];
  }

  /**
   * Receives the rows of one block: columns and how many rows of them are in use; the amounts are
   * in {@code amount}, or when that is null in {@code wideAmount}.
   */
  interface BlockVisitor {
    void visit(int[] customer, int[] day, int[] amount, long[] wideAmount, int rows);
  }

  /** Rows the blocks have room for in all: what they take in memory, at 12 bytes a row (16 in a wide block). */
  long allocatedRows() {
    long rows = 0;
    for (int k = 0; k < blocks; k++) {
      rows += customer[k].length;
    }
    return rows;
  }

  /** The number of blocks holding rows. */
  int blocks() {
    return blocks;
  }

  private int rowsIn(int k) {
    return k == blocks - 1 ? offset : blockRows[k];
  }

  /** Visits block {@code k}. */
  void visitBlock(int k, BlockVisitor visitor) {
    visitor.visit(customer[k], day[k], amount[k], wideAmount[k], rowsIn(k));
  }
}
