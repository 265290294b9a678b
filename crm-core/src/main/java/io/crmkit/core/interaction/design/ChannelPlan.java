package io.crmkit.core.interaction.design;

import io.crmkit.core.interaction.InteractionChannel;
import io.crmkit.core.validation.Require;

/**
 * One channel in a design's channel mix (确定互动渠道与频率): for which audience, how often, when (何时与
 * 客户互动, tied to what the customer needs), and why this channel (弄清客户期望通过的途径, its strengths
 * for this audience).
 *
 * <p>Immutable and thread-safe.
 *
 * @param audience whom the channel reaches
 * @param channel the channel, from the catalogue
 * @param frequency how often it is used
 * @param timing when, in words: "two weeks before the show"
 * @param reason why this channel suits this audience
 */
public record ChannelPlan(InteractionObject audience, InteractionChannel channel, Frequency frequency,
    String timing, String reason) {

  /** Validates every field. */
  public ChannelPlan {
    Require.notNull(audience, "channelPlan.audience");
    Require.notNull(channel, "channelPlan.channel");
    Require.notNull(frequency, "channelPlan.frequency");
    Require.text(timing, "channelPlan.timing");
    Require.text(reason, "channelPlan.reason");
  }
}
