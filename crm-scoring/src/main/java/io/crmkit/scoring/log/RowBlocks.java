package io.crmkit.scoring.log;

import java.util.Arrays;

/**
 * The three columns of a log's rows (customer index, epoch day, amount in minor units) in blocks of
 * {@link #BLOCK} rows, every block full but the last. Amounts are kept as ints (up to 21,474,836.47
 * in a currency with cents, nearly every purchase) and a block holding a larger one as longs, so
 * a row takes 12 bytes rather than 16. Blocks are allocated one at a time and never
 * copied as the log grows, and a large log needs no long run of free memory: in a small heap a
 * single 80 MB column may not find one even when the heap has room. Appended to while building,
 * never written once a {@link TransactionLog} holds it. Not thread-safe while building.
 */
final class RowBlocks {
  /**
   * Rows a block holds: an int block is then exactly 4 MiB with its array header and a long block
   * 16 bytes under 8 MiB, so blocks fill whole regions of the G1 collector (which sets large arrays
   * apart in regions of 1 to 32 MiB and never copies them) instead of wasting most of one. Fewer,
   * larger blocks mean fewer such allocations, each of which may start a collection in a full heap:
   * in a 400 MB heap, blocks four times as large as 1 MiB took the 10M-row job from about 1.05 s
   * to 0.83 s, with a third fewer collector pauses.
   */
  static final int BLOCK = (1 << 20) - 4;

  private int[][] customer = new int[4][];
  private int[][] day = new int[4][];
  /** A block's amounts as ints, or null when they are in {@link #wideAmount}. */
  private int[][] amount = new int[4][];
  /** A block's amounts as longs, for a block that holds an amount beyond the int range; else null. */
  private long[][] wideAmount = new long[4][];
  private int size;
  /** The block being filled (block size / BLOCK) and where its next row goes. */
  private int[] lastCustomer;
  private int[] lastDay;
  private int[] lastAmount;
  private long[] lastWide;
  private int offset = BLOCK;

  int size() {
    return size;
  }

  void add(int c, int d, long a) {
    if (offset == BLOCK) {
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
      int k = size / BLOCK;
      lastWide = wideAmount[k] = new long[BLOCK];
      for (int i = 0; i < offset; i++) {
        lastWide[i] = lastAmount[i];
      }
      lastAmount = amount[k] = null;
    }
    return lastWide;
  }

  /** Sets the customer of a row already added (readers resolve customer ids in batches). */
  void setCustomer(int row, int c) {
    customer[row / BLOCK][row % BLOCK] = c;
  }

  private void nextBlock() {
    int k = size / BLOCK;
    if (k == customer.length) {
      customer = Arrays.copyOf(customer, k * 2);
      day = Arrays.copyOf(day, k * 2);
      amount = Arrays.copyOf(amount, k * 2);
      wideAmount = Arrays.copyOf(wideAmount, k * 2);
    }
    lastCustomer = customer[k] = new int[BLOCK];
    lastDay = day[k] = new int[BLOCK];
    lastAmount = amount[k] = new int[BLOCK];
    lastWide = null;
    offset = 0;
  }

  /**
   * Appends every row of {@code other}, its customer indexes mapped through {@code global}, letting
   * go of each of its blocks once copied (so appending needs about one block of extra memory).
   */
  void appendAll(RowBlocks other, int[] global) {
    int blocks = other.blocks();
    for (int k = 0; k < blocks; k++) {
      int n = Math.min(BLOCK, other.size - k * BLOCK);
      int[] c = other.customer[k];
      int[] d = other.day[k];
      int[] a = other.amount[k];
      if (a == null) {
        long[] wide = other.wideAmount[k];
        for (int r = 0; r < n; r++) {
          add(global[c[r]], d[r], wide[r]);
        }
      } else {
        for (int from = 0; from < n; ) {
          if (offset == BLOCK) {
            nextBlock();
          }
          int take = Math.min(n - from, BLOCK - offset);
          for (int i = 0; i < take; i++) {
            lastCustomer[offset + i] = global[c[from + i]];
          }
          System.arraycopy(d, from, lastDay, offset, take);
          if (lastAmount != null) {
            System.arraycopy(a, from, lastAmount, offset, take);
          } else {
            for (int i = 0; i < take; i++) {
              lastWide[offset + i] = a[from + i];
            }
          }
          offset += take;
          size += take;
          from += take;
        }
      }
      other.customer[k] = null;
      other.day[k] = null;
      other.amount[k] = null;
      other.wideAmount[k] = null;
    }
    other.size = 0;
  }

  /** Rows {@code from..to} as new blocks. */
  RowBlocks copy(int from, int to) {
    RowBlocks copy = new RowBlocks();
    for (int row = from; row < to; row++) {
      copy.add(customerAt(row), dayAt(row), amountAt(row));
    }
    return copy;
  }

  int customerAt(int row) {
    return customer[row / BLOCK][row % BLOCK];
  }

  int dayAt(int row) {
    return day[row / BLOCK][row % BLOCK];
  }

  long amountAt(int row) {
    int k = row / BLOCK;
    int[] a = amount[k];
    return a != null ? a[row % BLOCK] : wideAmount[k][row % BLOCK];
  }

  /**
   * Receives the rows of one block: columns and how many rows of them are in use; the amounts are
   * in {@code amount}, or when that is null in {@code wideAmount}.
   */
  interface BlockVisitor {
    void visit(int[] customer, int[] day, int[] amount, long[] wideAmount, int rows);
  }

  /** The number of blocks holding rows. */
  int blocks() {
    return (size + BLOCK - 1) / BLOCK;
  }

  /** Visits block {@code k}. */
  void visitBlock(int k, BlockVisitor visitor) {
    visitor.visit(customer[k], day[k], amount[k], wideAmount[k], Math.min(BLOCK, size - k * BLOCK));
  }
}
