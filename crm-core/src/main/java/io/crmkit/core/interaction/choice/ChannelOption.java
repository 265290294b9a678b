package io.crmkit.core.interaction.choice;

import io.crmkit.core.interaction.InteractionChannel;
import io.crmkit.core.validation.CrmStyle;
import java.time.ZonedDateTime;
import org.immutables.value.Value;

/**
 * A channel open to the customer for the goal, and the earliest time it may be used (outside the
 * customer's quiet hours), in the customer's zone.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ChannelOption {
  @Value.Parameter
  public abstract InteractionChannel channel();

  @Value.Parameter
  public abstract ZonedDateTime at();

  @Override
  public String toString() {
    return channel().code() + " at " + at();
  }
}
