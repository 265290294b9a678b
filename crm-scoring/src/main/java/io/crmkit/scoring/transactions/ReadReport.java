package io.crmkit.scoring.transactions;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.List;
import org.immutables.value.Value;

/**
 * What reading a file did, so nothing is silently dropped: rows read = rows kept + rows skipped, and
 * amount read = amount kept + amount skipped (amounts in minor units, over the rows whose amount
 * could be read; a rejected negative amount counts as read and skipped).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ReadReport {
  public abstract String source();

  public abstract long rowsRead();

  public abstract long rowsKept();

  public abstract long amountReadMinor();

  public abstract long amountKeptMinor();

  /** How many rows were skipped; {@link #skipped()} describes the first of them. */
  @Value.Default
  public long rowsSkipped() {
    return skipped().size();
  }

  /**
   * The first skipped rows with their reasons, in file order: all of them, unless there were more
   * than {@link ReadOptions#skippedDetails()} (each reason quotes at most a short start of the
   * bad value, so a file of bad rows cannot fill the heap through its report).
   */
  public abstract List<SkippedRow> skipped();

  @Value.Check
  protected void check() {
    Require.that(rowsRead() == rowsKept() + rowsSkipped(), "readReport.rowsRead",
        "must equal rows kept + rows skipped", rowsRead());
    Require.that(skipped().size() <= rowsSkipped(), "readReport.skipped",
        "must describe at most the rows skipped", skipped().size());
  }

  public long amountSkippedMinor() {
    return amountReadMinor() - amountKeptMinor();
  }
}
