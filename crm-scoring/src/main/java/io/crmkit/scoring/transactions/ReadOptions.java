package io.crmkit.scoring.transactions;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How far a {@link ReadMode#LENIENT lenient} reading tolerates bad rows before it gives up, how many
 * skipped rows it describes, and whom it tells of its progress. A file in another date format or
 * with the columns in another order is not "mostly good with some bad rows": when its first
 * {@link #allBadRows()} rows are all bad, or more than {@link #maxBadShare()} of its rows are bad
 * once {@link #minRowsForShare()} have been read, the reading stops with a
 * {@link TransactionFormatException} that names the first bad line, its number and the reason,
 * instead of reading ten million rows to report "0 kept".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ReadOptions {
  /** The defaults: give up when the first 100 rows are all bad or more than half of 1,000 or more are. */
  public static final ReadOptions DEFAULT = builder().build();

  /** Give up when this many rows were read and none was kept; 0 never gives up for this reason. */
  @Value.Default
  public int allBadRows() {
    return 100;
  }

  /** Give up when more than this share of the rows (0 to 1) is bad; 1 never gives up for this reason. */
  @Value.Default
  public double maxBadShare() {
    return 0.5;
  }

  /** The share is judged only once this many rows were read. */
  @Value.Default
  public int minRowsForShare() {
    return 1_000;
  }

  /**
   * How many skipped rows the report describes (the first ones, in file order); every skipped row
   * is still counted. Bounds what a file of bad rows can make the reader keep.
   */
  @Value.Default
  public int skippedDetails() {
    return 1_000;
  }

  /** How many rows between two calls of {@link #progress()}. */
  @Value.Default
  public int progressEvery() {
    return 1_000_000;
  }

  /** Who is told of the reading's progress, if anyone. */
  public abstract Optional<ReadProgress> progress();

  public static ImmutableReadOptions.Builder builder() {
    return ImmutableReadOptions.builder();
  }

  @Value.Check
  protected void check() {
    Require.that(allBadRows() >= 0, "readOptions.allBadRows", "must not be negative", allBadRows());
    Require.that(maxBadShare() >= 0 && maxBadShare() <= 1, "readOptions.maxBadShare", "must lie within 0..1",
        maxBadShare());
    Require.that(minRowsForShare() >= 1, "readOptions.minRowsForShare", "must be at least 1", minRowsForShare());
    Require.that(skippedDetails() >= 0, "readOptions.skippedDetails", "must not be negative", skippedDetails());
    Require.that(progressEvery() >= 1, "readOptions.progressEvery", "must be at least 1", progressEvery());
  }
}
