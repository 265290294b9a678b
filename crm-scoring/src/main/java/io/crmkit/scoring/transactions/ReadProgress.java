package io.crmkit.scoring.transactions;

/**
 * Told how far a long reading has come, so a command line can show that it is working (on stderr,
 * say). Called on the reading thread every {@link ReadOptions#progressEvery()} rows, and once at the
 * end; it must be quick and must not throw.
 */
@FunctionalInterface
public interface ReadProgress {
  /** {@code rowsRead} rows read so far, {@code rowsKept} of them kept. */
  void rowsRead(long rowsRead, long rowsKept);
}
