package io.crmkit.scoring.transactions.internal;

import java.security.SecureRandom;

/**
 * The hashes of the reader's customer tables, keyed by a secret drawn once per process: a file
 * crafted so that its customer ids collide under a fixed hash ({@code String.hashCode} has many
 * known collisions, and any fixed multiplier can be inverted) would make every lookup of an
 * open-addressing table walk one long probe run, so reading grew quadratic in the number of ids.
 * With an unknown key the collisions cannot be written down in advance. Every table of one
 * process uses the same key, so the parts of a parallel read agree on where an id belongs.
 *
 * <p>Internal to the transaction reader; not exported, not API.
 */
final class SeededHash {
  private static final long SEED;
  /** An odd multiplier, secret too, for the byte and character hashes. */
  private static final long MULTIPLIER;

  static {
    SecureRandom random = new SecureRandom();
    SEED = random.nextLong();
    MULTIPLIER = random.nextLong() | 1;
  }

  private SeededHash() {}

  /** A 64-bit hash of a numeric key: the key mixed with the secret, then MurmurHash3's finaliser. */
  static long ofKey(long key) {
    return finish(key ^ SEED);
  }

  /** A 32-bit hash of the bytes {@code b[s..e)}. */
  static int ofBytes(byte[] b, int s, int e) {
    long h = SEED ^ (e - s);
    for (int i = s; i < e; i++) {
      h = Long.rotateLeft((h ^ b[i]) * MULTIPLIER, 29);
    }
    return (int) (finish(h) >>> 32);
  }

  /** A 32-bit hash of the characters of {@code text}. */
  static int ofChars(String text) {
    long h = SEED ^ text.length();
    for (int i = 0; i < text.length(); i++) {
      h = Long.rotateLeft((h ^ text.charAt(i)) * MULTIPLIER, 29);
    }
    return (int) (finish(h) >>> 32);
  }

  /** MurmurHash3's 64-bit finaliser: every output bit depends on every input bit. */
  private static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB93FE53CE34BL;
    return h ^ h >>> 33;
  }
}
