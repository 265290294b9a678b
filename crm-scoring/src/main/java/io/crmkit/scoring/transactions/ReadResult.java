package io.crmkit.scoring.transactions;

import io.crmkit.core.validation.CrmStyle;
import org.immutables.value.Value;

/**
 * A log read from a file, with the report of what was kept and skipped.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ReadResult {
  @Value.Parameter
  public abstract TransactionLog log();

  @Value.Parameter
  public abstract ReadReport report();
}
