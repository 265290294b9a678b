package io.crmkit.scoring.transactions;

import io.crmkit.core.validation.CrmStyle;
import org.immutables.value.Value;

/**
 * A row a lenient reader skipped: where it was and why.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class SkippedRow {
  @Value.Parameter
  public abstract long line();

  /** The 1-based column at fault, or 0 when the row as a whole is wrong (e.g. too few fields). */
  @Value.Parameter
  public abstract int column();

  @Value.Parameter
  public abstract String reason();

  @Override
  public String toString() {
    return "line " + line() + (column() > 0 ? ", column " + column() : "") + ": " + reason();
  }
}
