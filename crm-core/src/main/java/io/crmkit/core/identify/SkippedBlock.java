package io.crmkit.core.identify;

import io.crmkit.core.validation.CrmStyle;
import org.immutables.value.Value;

/**
 * A blocking key shared by more records than the detector compares pairwise (a very common name, a
 * company switchboard number). Reported so that nothing is skipped silently.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class SkippedBlock {
  @Value.Parameter
  public abstract MatchKind kind();

  /** The shared email, phone or name key: personal, redacted from {@code toString}. */
  @Value.Parameter
  @Value.Redacted
  public abstract String sharedValue();

  @Value.Parameter
  public abstract int records();
}
