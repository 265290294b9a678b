package io.crmkit.core.complaint;

import io.crmkit.core.validation.CrmStyle;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * One SLA clock of one complaint: the target, the business time used (paused time excluded), and
 * what that means now.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class SlaMeasure {
  public abstract Duration target();

  /** Business time counted so far, never negative. */
  public abstract Duration elapsed();

  /** Whether the clock has stopped (responded, or resolved). */
  public abstract boolean stopped();

  public abstract SlaState state();

  /** Target minus elapsed: time left if positive, overdue if negative. */
  public Duration timeLeft() {
    return target().minus(elapsed());
  }
}
