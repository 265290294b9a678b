package io.crmkit.core.interaction;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.Require;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * Starts new interactions and corrections with the time taken from an injected clock: the recording
 * time is the clock's instant, the default occurrence time is the clock's now in its zone, and the
 * channel's distance and medium come from the catalogue (an unknown channel code is refused by
 * name). The returned builder can set the summary, participants, commitments and an earlier
 * occurrence time; {@code build()} rejects an occurrence after the recording time.
 *
 * <p>Immutable and thread-safe.
 */
public final class InteractionRecorder {
  private final Clock clock;
  private final ChannelCatalogue catalogue;

  private InteractionRecorder(Clock clock, ChannelCatalogue catalogue) {
    this.clock = clock;
    this.catalogue = catalogue;
  }

  public static InteractionRecorder of(Clock clock, ChannelCatalogue catalogue) {
    return new InteractionRecorder(Require.notNull(clock, "interactionRecorder.clock"),
        Require.notNull(catalogue, "interactionRecorder.catalogue"));
  }

  public ChannelCatalogue catalogue() {
    return catalogue;
  }

  /** The first revision of an interaction, happening now unless the builder says otherwise. */
  public ImmutableInteraction.Builder record(InteractionId id, CustomerId customer, ChannelCode channel,
      Initiator initiator, Purpose purpose, Set<ExchangeContent> contents) {
    Require.notNull(id, "interaction.id");
    Require.notNull(customer, "interaction.customer");
    Require.notNull(initiator, "interaction.initiator");
    Require.notNull(purpose, "interaction.purpose");
    Require.notNull(contents, "interaction.contents");
    InteractionChannel ch = catalogue.channel(channel);
    return Interaction.builder().id(id).customer(customer).channel(ch.code()).distance(ch.distance())
        .medium(ch.medium()).initiator(initiator).purpose(purpose).contents(contents)
        .occurredAt(ZonedDateTime.now(clock)).recordedAt(clock.instant());
  }

  /** The next revision of {@code latest}, recorded now, for {@code reason}; change what was wrong. */
  public ImmutableInteraction.Builder correct(Interaction latest, String reason) {
    Require.notNull(latest, "interaction");
    Require.text(reason, "interaction.correctionReason");
    Require.that(!latest.personalContentErased(), "interaction.personalContentErased",
        "must be false: an erased interaction is not corrected", latest.id());
    return Interaction.builder().from(latest).revision(latest.revision() + 1)
        .recordedAt(clock.instant()).correctionReason(Optional.of(reason));
  }
}
