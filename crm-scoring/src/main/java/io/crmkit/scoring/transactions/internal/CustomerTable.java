package io.crmkit.scoring.transactions.internal;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Customer ids by their bytes, open addressing, each with its running statistics (purchases, total,
 * first and last day), so a row's lookup and its summary touch the same place in memory. A miss
 * registers the id through the {@link Registrar}, which gives it the next dense index. Ids of up to
 * 17 digits (the common case: numeric customer numbers) are keyed by a long, (value << 5) | length,
 * so leading zeros still count and a lookup touches no object; other ids by their bytes.
 * Not thread-safe: one per scan or part.
 */
final class CustomerTable {
  /**
   * Gives a customer seen for the first time its dense index; {@code numeric} when the id is one of
   * digits, whose key in this table holds them.
   */
  @FunctionalInterface
  interface Registrar {
    int register(byte[] b, int s, int e, boolean numeric);
  }

  /**
   * A numeric slot is four longs: key; index (high half) and purchases (low half); total; days. Slot
   * i starts at ALIGN + 4i, so in a large array (which the JVM's G1 collector places at the start of
   * a region) no slot straddles two cache lines: a lookup with its summary costs one memory load.
   */
  private static final int ALIGN = 6;
  /**
   * Numeric ids are spread over this many tables by the top bits of their hash, each growing on its
   * own: a growing table needs its old and new array at once, and a run of free memory as long as
   * the new one, both an eighth of what one table would need. At least one bit, so a shift by
   * 64 - TABLE_BITS never wraps to a shift by 0.
   */
  private static final int TABLE_BITS = 3;
  private static final int TABLES = 1 << TABLE_BITS;
  /** What a table sized for a customer takes: a slot of 32 bytes, and as many free. */
  static final int BYTES_PER_EXPECTED_CUSTOMER = 64;
  /** Slots of each numeric table at the start, unless more are expected. */
  private static final int MIN_SLOTS = 1 << 9;

  private final Registrar registrar;

  // Numeric ids: TABLES open-addressing tables of four-long slots (see ALIGN).
  private final long[][] numeric = new long[TABLES][];
  private final int[] numericMask = new int[TABLES];
  /** How far a hash is shifted right for its home slot in each table (see {@link #home}). */
  private final int[] numericShift = new int[TABLES];
  private final int[] numericSize = new int[TABLES];
  /** Scratch for {@link #registerDigitsOf}: the digits of a numeric key. */
  private final byte[] digits = new byte[17];

  // Ids of another form: a table of entry numbers (entry + 1; 0 marks a free slot) over columns by entry.
  private int[] slots = new int[1 << 10];
  private byte[][] keys = new byte[1 << 9][];
  private int[] index = new int[1 << 9];
  private int[] count = new int[1 << 9];
  private long[] total = new long[1 << 9];
  private long[] days = new long[1 << 9];
  private int size;

  /** Where {@link #touch} stores what it loaded; never read. */
  private long sink;

  CustomerTable(Registrar registrar) {
    this(registrar, 0);
  }

  /**
   * A table sized from the start for {@code expectedCustomers} numeric ids: a table that grows
   * moves each customer it holds to a new array, at random places in memory much larger than the
   * cache, about as often in all as it has customers; sized well, it never does. More customers
   * than expected are still taken: the tables grow as usual.
   */
  CustomerTable(Registrar registrar, int expectedCustomers) {
    this.registrar = registrar;
    int needed = 2 * Math.max(0, expectedCustomers / TABLES); // at most half full, as slot() keeps it
    int perTable = needed <= MIN_SLOTS ? MIN_SLOTS : Integer.highestOneBit(needed - 1) << 1;
    for (int t = 0; t < TABLES; t++) {
      numeric[t] = new long[ALIGN + 4 * perTable + 2];
      numericMask[t] = perTable - 1;
      numericShift[t] = shift(numericMask[t]);
    }
  }

  /** The dense index of the id in {@code b[s..e)}, registered if new (with no purchase). */
  int indexOf(byte[] b, int s, int e) {
    long key = numericKey(b, s, e);
    if (key >= 0) {
      long place = slot(key, b, s, e);
      return (int) (numeric[tableOf(place)][offsetOf(place) + 1] >>> 32);
    }
    int entry = entry(b, s, e);
    return index[entry];
  }

  /** Counts a purchase of the id in {@code b[s..e)} and returns the id's dense index. */
  int add(byte[] b, int s, int e, int day, long amount) {
    long key = numericKey(b, s, e);
    if (key >= 0) {
      long place = slot(key, b, s, e);
      return addAt(numeric[tableOf(place)], offsetOf(place), 1, amount, CustomerStats.span(day));
    }
    return addToEntry(entry(b, s, e), 1, amount, CustomerStats.span(day));
  }

  /** Adds purchases to the entry of an id that is not numeric; returns its index. */
  private int addToEntry(int entry, int purchases, long amount, long span) {
    count[entry] += purchases;
    total[entry] = Math.addExact(total[entry], amount);
    days[entry] = CustomerStats.widen(days[entry], span);
    return index[entry];
  }

  /**
   * Counts the purchases of {@code n} numeric keys (their ids' bytes in {@code b} from {@code
   * starts}) and writes their indexes to {@code out} from {@code at}, registering new ids in key
   * order (so first appearance is kept). The first load of
   * every probe is issued before any is used: a million-customer table does not fit in cache, and
   * misses that overlap cost little more than one. A customer already here is found and added to
   * in place; a new one is inserted where its probe stopped.
   */
  void addNumeric(long[] keys, byte[] b, int[] starts, int[] day, long[] amount, int n, int[] out, int at) {
    touch(keys, 0, n);
    for (int i = 0; i < n; i++) {
      long place = slot(keys[i], b, starts[i], starts[i] + (int) (keys[i] & 31));
      out[at + i] = addAt(numeric[tableOf(place)], offsetOf(place), 1, amount[i], CustomerStats.span(day[i]));
    }
  }

  /** Adds purchases to the slot at {@code b} of table {@code t}; returns its index. */
  private static int addAt(long[] t, int b, int purchases, long amount, long span) {
    t[b + 1] += purchases;
    t[b + 2] = Math.addExact(t[b + 2], amount);
    t[b + 3] = CustomerStats.widen(t[b + 3], span);
    return (int) (t[b + 1] >>> 32);
  }

  /** Loads the home slot of every numeric key in {@code keys[from..to)}, so the misses overlap. */
  private void touch(long[] keys, int from, int to) {
    long touched = 0;
    for (int i = from; i < to; i++) {
      if (keys[i] >= 0) {
        long h = mix(keys[i]);
        int t = table(h);
        touched += numeric[t][ALIGN + 4 * home(h, numericShift[t])];
      }
    }
    sink += touched; // keeps the loads: the JIT may not drop a loop whose result is stored
  }

  /**
   * The statistics of this table's {@code customers} customers by dense index (every index this
   * table registered, and no other, must lie below {@code customers}), in one pass over the table.
   */
  CustomerStats stats(int customers) {
    int[] purchases = new int[customers];
    long[] sum = new long[customers];
    int[] first = new int[customers];
    int[] last = new int[customers];
    Arrays.fill(first, CustomerStats.NO_DAY); // as for a customer without purchases
    Arrays.fill(last, CustomerStats.NO_DAY);
    for (long[] t : numeric) {
      for (int b = ALIGN; b < t.length - 2; b += 4) {
        if (t[b] != 0) {
          int c = (int) (t[b + 1] >>> 32);
          purchases[c] = (int) t[b + 1];
          sum[c] = t[b + 2];
          CustomerStats.setDays(c, purchases[c], t[b + 3], first, last);
        }
      }
    }
    for (int entry = 0; entry < size; entry++) {
      int c = index[entry];
      purchases[c] = count[entry];
      sum[c] = total[entry];
      CustomerStats.setDays(c, count[entry], days[entry], first, last);
    }
    return new CustomerStats(purchases, sum, first, last);
  }

  /**
   * Adds another table's customers with their statistics; {@code ids} are that table's ids (only
   * those not numeric are read: a numeric key holds its digits), {@code workers} how many threads
   * may share the work. Returns the index each of those customers has here.
   * Ids new here are registered in that table's index order, so first appearance is kept.
   *
   * <p>Two steps. First, on up to {@code workers} threads, each of the other table's numeric
   * sub-tables is walked and its customers found here, in the sub-table of the same hash bits (so
   * no two threads touch the same memory), their statistics added; nothing is registered, so the
   * tables do not change shape. Then, on one thread and in index order, the customers not found
   * and those with ids of another form are registered and added: few, when the parts of a file
   * share most of their customers.
   */
  int[] merge(CustomerTable other, CustomerIds.Pool ids, int workers) {
    int n = ids.size();
    int[] global = new int[n];
    int kinds = workers + 1; // each worker's missing ids, and the ids of another form
    for (int entry = 0; entry < other.size; entry++) {
      global[other.index[entry]] = code(entry, workers, kinds);
    }
    Missing[] missing = new Missing[workers];
    IntStream.range(0, workers).parallel().forEach(w -> {
      missing[w] = new Missing();
      for (int t = w; t < TABLES; t += workers) {
        mergeTable(other.numeric[t], t, global, w, kinds, missing[w]);
      }
    });
    for (Missing m : missing) {
      sink += m.touched;
    }
    for (int c = 0; c < n; c++) {
      int code = global[c];
      if (code < 0) {
        int kind = (-2 - code) % kinds;
        int r = (-2 - code) / kinds;
        if (kind == workers) {
          int entry = entry(ids.bytes(), ids.start(c), ids.end(c));
          global[c] = addToEntry(entry, other.count[r], other.total[r], other.days[r]);
        } else {
          long[] rec = missing[kind].records;
          long place = slot(rec[4 * r], null, 0, 0);
          global[c] = addAt(numeric[tableOf(place)], offsetOf(place), (int) rec[4 * r + 1], rec[4 * r + 2],
              rec[4 * r + 3]);
        }
      }
    }
    return global;
  }

  /**
   * The mark in {@code global} of a customer still to be added in index order: record {@code r} of
   * the missing numeric ids of worker {@code kind}, or, when {@code kind} is the number of workers,
   * entry {@code r} of the ids of another form; one of {@code kinds} kinds.
   */
  private static int code(int r, int kind, int kinds) {
    return Math.toIntExact(-2 - ((long) kinds * r + kind));
  }

  /** A merge worker's customers not found here: key, purchases, total, days; four longs each. */
  private static final class Missing {
    long[] records = new long[4 * 64];
    int count;
    /** What the worker's early loads read; never used but kept (see {@link #touch}). */
    long touched;
  }

  /**
   * The first merge step for the other table's sub-table {@code from} (number {@code t}), by
   * {@code worker}: every customer found here gets its statistics added and its index here in
   * {@code global}; every one not found is recorded in {@code missing}, its record's mark (see
   * {@link #code}) in {@code global}. Reads this table's sub-table {@code t} only, and writes only
   * the slots of keys it finds.
   */
  private void mergeTable(long[] from, int t, int[] global, int worker, int kinds, Missing missing) {
    long[] here = numeric[t];
    int mask = numericMask[t];
    int shift = numericShift[t];
    int[] pending = new int[32];
    int pendingCount = 0;
    long touched = 0;
    for (int b = ALIGN; ; b += 4) {
      boolean end = b >= from.length - 2;
      if (!end && from[b] != 0) {
        pending[pendingCount++] = b;
        touched += here[ALIGN + 4 * home(mix(from[b]), shift)]; // issued now, used in a batch below
      }
      if (pendingCount == pending.length || end && pendingCount > 0) {
        for (int i = 0; i < pendingCount; i++) {
          int o = pending[i];
          long key = from[o];
          int c = (int) (from[o + 1] >>> 32);
          int at = find(here, mask, home(mix(key), shift), key);
          if (at >= 0) {
            global[c] = addAt(here, at, (int) from[o + 1], from[o + 2], from[o + 3]);
          } else {
            int r = missing.count++;
            if (4 * r + 4 > missing.records.length) {
              missing.records = Arrays.copyOf(missing.records, missing.records.length * 2);
            }
            long[] records = missing.records;
            records[4 * r] = key;
            records[4 * r + 1] = (int) from[o + 1];
            records[4 * r + 2] = from[o + 2];
            records[4 * r + 3] = from[o + 3];
            global[c] = code(r, worker, kinds);
          }
        }
        pendingCount = 0;
      }
      if (end) {
        break;
      }
    }
    missing.touched += touched;
  }

  /**
   * The array offset of {@code key} in the numeric sub-table {@code t}, probing from slot {@code
   * home}; when it is not there, -1 - the offset of the free slot where it would go.
   */
  private static int find(long[] t, int mask, int home, long key) {
    for (int i = home; ; i = (i + 1) & mask) {
      int at = ALIGN + 4 * i;
      long k = t[at];
      if (k == key) {
        return at;
      }
      if (k == 0) {
        return -1 - at;
      }
    }
  }

  /**
   * The key of an id of 1 to 17 ASCII digits, (value << 5) | length, so leading zeros still count;
   * -1 for any other id.
   */
  static long numericKey(byte[] b, int s, int e) {
    if (e - s > 17 || e == s) {
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
   * The key's hash under the process's secret (see {@link SeededHash}), whose bits depend on every
   * bit of the key, so sequential and evenly spaced customer numbers spread evenly, and numbers
   * chosen to collide cannot be chosen in advance. The top bits choose the table, the next ones the
   * home slot in it.
   */
  private static long mix(long key) {
    return SeededHash.ofKey(key);
  }

  private static int table(long hash) {
    return (int) (hash >>> (64 - TABLE_BITS));
  }

  /** The home slot of a key with this hash in a table whose {@link #shift} is {@code shift}. */
  private static int home(long hash, int shift) {
    return (int) ((hash << TABLE_BITS) >>> shift);
  }

  /** The shift that leaves as many bits of a hash as a table of {@code mask + 1} slots needs. */
  private static int shift(int mask) {
    return 64 - Integer.bitCount(mask);
  }

  /**
   * Where the slot of a numeric key is, registered if new (from {@code b[s..e)}, or from the key's
   * digits when {@code b} is null): its table in the high half, its array offset in that table in
   * the low half (see {@link #tableOf} and {@link #offsetOf}). Keys are never 0 (the length is at
   * least 1), so 0 marks a free slot.
   */
  private long slot(long key, byte[] b, int s, int e) {
    long h = mix(key);
    int table = table(h);
    long[] t = numeric[table];
    int at = find(t, numericMask[table], home(h, numericShift[table]), key);
    if (at < 0) { // new: registered in the free slot where the probe stopped
      at = -1 - at;
      int customer = b != null ? registrar.register(b, s, e, true) : registerDigitsOf(key);
      t[at] = key;
      t[at + 1] = (long) customer << 32;
      t[at + 3] = CustomerStats.NO_DAYS;
      if (++numericSize[table] * 2 > numericMask[table] + 1) {
        growNumeric(table);
        return slot(key, null, 0, 0);
      }
    }
    return (long) table << 32 | at;
  }

  /** The table of a place {@link #slot} returned. */
  private static int tableOf(long place) {
    return (int) (place >>> 32);
  }

  /** The array offset within its table of a place {@link #slot} returned. */
  private static int offsetOf(long place) {
    return (int) place;
  }

  /** Registers the id a numeric key stands for: its value in as many digits as its length, zero-padded. */
  private int registerDigitsOf(long key) {
    int length = (int) (key & 31);
    long value = key >>> 5;
    for (int i = length - 1; i >= 0; i--) {
      digits[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    return registrar.register(digits, 0, length, true);
  }

  private void growNumeric(int table) {
    long[] old = numeric[table];
    int capacity = 2 * (numericMask[table] + 1);
    long[] t = new long[ALIGN + 4 * capacity + 2];
    int mask = capacity - 1;
    for (int b = ALIGN; b < old.length - 2; b += 4) {
      if (old[b] != 0) {
        int i = home(mix(old[b]), shift(mask));
        while (t[ALIGN + 4 * i] != 0) {
          i = (i + 1) & mask;
        }
        System.arraycopy(old, b, t, ALIGN + 4 * i, 4);
      }
    }
    numeric[table] = t;
    numericMask[table] = mask;
    numericShift[table] = shift(mask);
  }

  /** The entry of an id that is not numeric, registered if new (with no purchase). */
  private int entry(byte[] b, int s, int e) {
    int mask = slots.length - 1;
    for (int slot = bytesHash(b, s, e) & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[slot];
      if (entry == 0) {
        return addEntry(slot, b, s, e);
      }
      byte[] key = keys[entry - 1];
      if (Arrays.equals(key, 0, key.length, b, s, e)) {
        return entry - 1;
      }
    }
  }

  private int addEntry(int slot, byte[] b, int s, int e) {
    byte[] key = Arrays.copyOfRange(b, s, e);
    int customer = registrar.register(b, s, e, false);
    if (size == keys.length) {
      int grown = size * 2;
      keys = Arrays.copyOf(keys, grown);
      index = Arrays.copyOf(index, grown);
      count = Arrays.copyOf(count, grown);
      total = Arrays.copyOf(total, grown);
      days = Arrays.copyOf(days, grown);
    }
    keys[size] = key;
    index[size] = customer;
    days[size] = CustomerStats.NO_DAYS;
    size++;
    slots[slot] = size;
    if (size * 2 > slots.length) {
      rehash();
    }
    return size - 1;
  }

  /** The hash of an id that is not numeric, under the process's secret (see {@link SeededHash}). */
  private static int bytesHash(byte[] b, int s, int e) {
    return SeededHash.ofBytes(b, s, e);
  }

  private void rehash() {
    int[] grown = new int[slots.length * 2];
    int mask = grown.length - 1;
    for (int entry = 1; entry <= size; entry++) {
      byte[] key = keys[entry - 1];
      int slot = bytesHash(key, 0, key.length) & mask;
      while (grown[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      grown[slot] = entry;
    }
    slots = grown;
  }
}
