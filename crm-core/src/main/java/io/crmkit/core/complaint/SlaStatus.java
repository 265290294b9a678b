package io.crmkit.core.complaint;

import io.crmkit.core.validation.CrmStyle;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * A complaint's two SLA clocks at one moment: first response and resolution.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class SlaStatus {
  public abstract ComplaintId complaint();

  public abstract ComplaintSeverity severity();

  public abstract SlaMeasure firstResponse();

  public abstract SlaMeasure resolution();

  /** The worse of the two states (BREACHED worst, then AT_RISK, ON_TRACK, MET). */
  public SlaState worst() {
    SlaState a = firstResponse().state();
    SlaState b = resolution().state();
    return a.ordinal() >= b.ordinal() ? a : b;
  }

  /** The smaller time left among the clocks still running (or the resolution clock if none runs). */
  public Duration mostUrgentTimeLeft() {
    if (!firstResponse().stopped() && firstResponse().timeLeft().compareTo(resolution().timeLeft()) < 0) {
      return firstResponse().timeLeft();
    }
    return resolution().timeLeft();
  }
}
