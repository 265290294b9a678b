package io.crmkit.core.complaint;

import io.crmkit.core.validation.CrmStyle;
import org.immutables.value.Value;

/**
 * One row of the complaint transition table: from a state, a step leads to a state. RESUME from
 * SHELVED leads back to the state the complaint was shelved in ({@link #returnsToPrevious()}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class Transition {
  @Value.Parameter
  public abstract ComplaintState from();

  @Value.Parameter
  public abstract ComplaintStep step();

  /** The target; for a return to the previous state, the state itself (SHELVED). */
  @Value.Parameter
  public abstract ComplaintState to();

  @Value.Parameter
  public abstract boolean returnsToPrevious();

  /** Whether the step records something without changing the state. */
  public boolean staysPut() {
    return from() == to() && !returnsToPrevious();
  }
}
