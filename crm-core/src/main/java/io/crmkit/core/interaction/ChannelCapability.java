package io.crmkit.core.interaction;

import io.crmkit.core.validation.CrmStyle;
import org.immutables.value.Value;

/**
 * The course's comparison of interaction capability (不同渠道互动能力的比较): what a channel costs,
 * how fast it is, how much information it carries and how interactive it is.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ChannelCapability {
  @Value.Parameter
  public abstract Cost cost();

  @Value.Parameter
  public abstract Speed speed();

  @Value.Parameter
  public abstract Richness richness();

  @Value.Parameter
  public abstract Interactivity interactivity();

  public static ChannelCapability of(Cost cost, Speed speed, Richness richness,
      Interactivity interactivity) {
    return ImmutableChannelCapability.of(cost, speed, richness, interactivity);
  }
}
