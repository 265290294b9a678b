package io.crmkit.core.customer.contact;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How the customer wants to be reached: channels in order of preference, channels refused
 * altogether, and quiet hours per channel, in the customer's time zone. Respecting them is part of Interact (IDIC step 3).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(prehash = true)
@CrmStyle
public abstract class ContactPreferences {
  /** No stated preference: every channel, any time, in UTC. */
  public static final ContactPreferences NONE = ImmutableContactPreferences.builder().build();

  /** Channels the customer prefers, most preferred first. */
  public abstract List<Channel> preferredChannels();

  /** Channels the customer does not want to be contacted on at all; never also preferred. */
  public abstract Set<Channel> refusedChannels();

  public abstract List<QuietHours> quietHours();

  /** The customer's time zone, in which quiet hours are read. */
  @Value.Default
  public ZoneId zone() {
    return ZoneId.of("UTC");
  }

  public static ImmutableContactPreferences.Builder builder() {
    return ImmutableContactPreferences.builder();
  }

  @Value.Check
  protected void check() {
    Require.distinct(preferredChannels(), "contactPreferences.preferredChannels");
    for (Channel c : preferredChannels()) {
      Require.that(!refusedChannels().contains(c), "contactPreferences.refusedChannels",
          "must not contain a preferred channel", c);
    }
  }

  /** Whether the customer refuses {@code channel} altogether. */
  public boolean refuses(Channel channel) {
    return refusedChannels().contains(channel);
  }

  /** Whether the customer may be contacted on {@code channel} at {@code instant}: not refused, not quiet. */
  public boolean mayUse(Channel channel, Instant instant) {
    if (refuses(channel)) {
      return false;
    }
    ZonedDateTime local = instant.atZone(zone());
    return quietHours().stream().noneMatch(q -> q.channel() == channel
        && q.covers(local.getDayOfWeek(), local.toLocalTime()));
  }

  /** The most preferred channel open at {@code instant}, or empty if every preferred one is quiet. */
  public Optional<Channel> bestChannelAt(Instant instant) {
    return preferredChannels().stream().filter(c -> mayUse(c, instant)).findFirst();
  }
}
