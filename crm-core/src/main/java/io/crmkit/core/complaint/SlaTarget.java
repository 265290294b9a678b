package io.crmkit.core.complaint;

import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Service-level targets for complaints of one severity (and optionally one channel), in business
 * time: the first response and the resolution.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class SlaTarget {
  public abstract ComplaintSeverity severity();

  /** The channel this target applies to; empty for every channel. */
  public abstract Optional<Channel> channel();

  public abstract Duration firstResponse();

  public abstract Duration resolution();

  public static SlaTarget of(ComplaintSeverity severity, Duration firstResponse, Duration resolution) {
    return ImmutableSlaTarget.builder().severity(severity).firstResponse(firstResponse).resolution(resolution)
        .build();
  }

  @Value.Check
  protected void check() {
    Require.positive(firstResponse(), "slaTarget.firstResponse");
    Require.positive(resolution(), "slaTarget.resolution");
    Require.that(!resolution().minus(firstResponse()).isNegative(), "slaTarget.resolution",
        "must not be shorter than the first response " + firstResponse(), resolution());
  }
}
