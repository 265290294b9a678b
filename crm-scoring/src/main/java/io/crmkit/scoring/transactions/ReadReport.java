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

  /** Every skipped row with its reason, in file order. */
  public abstract List<SkippedRow> skipped();

  @Value.Check
  protected void check() {
    Require.that(rowsRead() == rowsKept() + skipped().size(), "readReport.rowsRead",
        "must equal rows kept + rows skipped", rowsRead());
  }

  public long rowsSkipped() {
    return skipped().size();
  }

  public long amountSkippedMinor() {
    return amountReadMinor() - amountKeptMinor();
  }
}
