package io.crmkit.core.interaction;

import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One entry of the {@link ChannelCatalogue}: a way company and customer interact, how the course
 * classifies it, its capability and what it suits. {@link #contactChannel()} links it to the
 * customer's {@link Channel} preferences and quiet hours; a channel the customer cannot be reached
 * through (the website, which the customer visits) has none.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class InteractionChannel {
  public abstract ChannelCode code();

  /** The name shown to people, in English. */
  public abstract String title();

  public abstract Distance distance();

  public abstract Medium medium();

  public abstract ChannelCapability capability();

  /** The purposes the channel suits (the course's "适用于"). */
  public abstract Set<Purpose> suits();

  /** What the channel is like, in the course's words: "vivid and interactive, may need arranging". */
  public abstract String character();

  /** The customer-side channel whose preferences and quiet hours govern this one, if any. */
  public abstract Optional<Channel> contactChannel();

  /** Whether the channel was declared by the host rather than taken from the course. */
  @Value.Default
  public boolean hostDefined() {
    return true;
  }

  public static ImmutableInteractionChannel.Builder builder() {
    return ImmutableInteractionChannel.builder();
  }

  @Value.Check
  protected void check() {
    Require.text(title(), "interactionChannel.title");
    Require.text(character(), "interactionChannel.character");
    Require.that(!suits().isEmpty(), "interactionChannel.suits", "must name at least one purpose",
        suits());
  }

  /** Whether the channel suits {@code purpose}. */
  public boolean suits(Purpose purpose) {
    return suits().contains(purpose);
  }

  @Override
  public String toString() {
    return code().value();
  }
}
