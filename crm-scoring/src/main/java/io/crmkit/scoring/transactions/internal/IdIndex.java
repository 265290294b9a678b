package io.crmkit.scoring.transactions.internal;

import java.util.Arrays;

/**
 * Customer ids (strings) to dense indexes in order of first appearance, for a log built in memory.
 * Open addressing over one array of longs, each slot the id's keyed hash (high half) and its index + 1
 * (low half; 0 marks a free slot), so a lookup reads one slot and, when the hashes agree, the id
 * at that index: two memory loads where a {@code HashMap<String, Integer>} takes three (table,
 * node, boxed index), and 8 bytes a slot, at most two slots an id, where a map keeps a node and a
 * boxed index per id. Not thread-safe.
 *
 * <p>Internal to the transaction log's builder; not exported, not API.
 */
public final class IdIndex {
  private long[] slots = new long[1 << 6];
  /** How far a hash is shifted right for its home slot: 32 - log2(slots.length). */
  private int shift = 32 - 6;
  private String[] ids = new String[1 << 5];
  private int size;

  /** The index of {@code id}, registered as the next one if it is new. */
  public int indexOf(String id) {
    int hash = SeededHash.ofChars(id);
    int mask = slots.length - 1;
    for (int i = home(hash, shift); ; i = (i + 1) & mask) {
      long slot = slots[i];
      if (slot == 0) {
        return add(i, hash, id);
      }
      if ((int) (slot >>> 32) == hash) {
        int index = (int) slot - 1;
        if (ids[index].equals(id)) {
          return index;
        }
      }
    }
  }

  public int size() {
    return size;
  }

  /** The ids by index, in an array that may be longer than {@link #size}. */
  public String[] ids() {
    return ids;
  }

  private int add(int at, int hash, String id) {
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, 2 * size);
    }
    int index = size++;
    ids[index] = id;
    slots[at] = slot(hash, index);
    if (2 * size > slots.length) { // at most half full
      grow();
    }
    return index;
  }

  private void grow() {
    long[] grown = new long[2 * slots.length];
    int mask = grown.length - 1;
    shift--;
    for (long slot : slots) {
      if (slot != 0) {
        int i = home((int) (slot >>> 32), shift);
        while (grown[i] != 0) {
          i = (i + 1) & mask;
        }
        grown[i] = slot;
      }
    }
    slots = grown;
  }

  private static long slot(int hash, int index) {
    return (long) hash << 32 | (index + 1L);
  }

  /**
   * The home slot of a hash: the top bits of hash x 2^32 / phi. The hash is keyed by the process's
   * secret ({@link SeededHash}), not {@code String.hashCode}, whose collisions anyone can list: 65,536
   * such ids made every lookup walk one probe run.
   */
  private static int home(int hash, int shift) {
    return (hash * 0x9E3779B9) >>> shift;
  }
}
