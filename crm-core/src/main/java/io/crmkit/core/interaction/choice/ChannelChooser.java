package io.crmkit.core.interaction.choice;

import io.crmkit.core.text.Explanation;
import java.util.Locale;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.customer.contact.ContactPreferences;
import io.crmkit.core.customer.contact.QuietHours;
import io.crmkit.core.interaction.ChannelCatalogue;
import io.crmkit.core.interaction.InteractionChannel;
import io.crmkit.core.interaction.Purpose;
import io.crmkit.core.validation.Require;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses how and when to contact a customer for a purpose (选择客户喜欢和习惯的交流方式). Candidates are
 * the catalogue's channels that suit the purpose and reach the customer; refused channels are never
 * chosen and no time inside the customer's quiet hours is ever proposed. The customer's preferred
 * channels come first, in their order; the others follow cheapest first, then most interactive.
 *
 * <p>The choice: the best-ranked candidate open at the requested time; but if a better-ranked one
 * opens within {@code maxWait} (the customer who takes no calls at work can be called at lunch), that
 * one at its opening. The other open options come as alternatives. When no candidate opens within
 * the horizon the answer is {@link ChannelChoice.NoChannelAllowed}, with the reason per channel.
 *
 * <p>Immutable and thread-safe.
 */
public final class ChannelChooser {
  private static final int MAX_WINDOW_STEPS = 1_000;

  private final ChannelCatalogue catalogue;
  private final Duration maxWait;
  private final Duration horizon;

  private ChannelChooser(ChannelCatalogue catalogue, Duration maxWait, Duration horizon) {
    this.catalogue = catalogue;
    this.maxWait = maxWait;
    this.horizon = horizon;
  }

  /** A chooser that never waits for a better channel and looks seven days ahead. */
  public static ChannelChooser of(ChannelCatalogue catalogue) {
    return of(catalogue, Duration.ZERO, Duration.ofDays(7));
  }

  /**
   * A chooser that waits up to {@code maxWait} for a better-ranked channel and gives up after
   * {@code horizon}.
   */
  public static ChannelChooser of(ChannelCatalogue catalogue, Duration maxWait, Duration horizon) {
    Require.notNull(catalogue, "channelChooser.catalogue");
    Require.notNull(maxWait, "channelChooser.maxWait");
    Require.that(!maxWait.isNegative(), "channelChooser.maxWait", "must not be negative", maxWait);
    Require.positive(horizon, "channelChooser.horizon");
    Require.that(maxWait.compareTo(horizon) <= 0, "channelChooser.maxWait",
        "must not exceed the horizon " + horizon, maxWait);
    return new ChannelChooser(catalogue, maxWait, horizon);
  }

  /** The channel and time to contact a customer with {@code preferences} for {@code purpose}, from {@code at}. */
  public ChannelChoice choose(Purpose purpose, ContactPreferences preferences, Instant at) {
    Require.notNull(purpose, "purpose");
    Require.notNull(preferences, "contactPreferences");
    Require.notNull(at, "at");
    List<Explanation> why = new ArrayList<>();
    List<InteractionChannel> candidates = new ArrayList<>();
    for (InteractionChannel ch : catalogue.channels()) {
      if (ch.contactChannel().isEmpty()) {
        why.add(Explanation.of(ChoiceReason.CUSTOMER_COMES_TO_IT, ch.code()));
      } else if (!ch.suits(purpose)) {
        why.add(Explanation.of(ChoiceReason.DOES_NOT_SUIT, ch.code(), Explanation.asCode(purpose)));
      } else if (preferences.refuses(ch.contactChannel().get())) {
        why.add(Explanation.of(ChoiceReason.REFUSED, ch.code()));
      } else {
        candidates.add(ch);
      }
    }
    candidates.sort(rank(preferences));
    Instant until = at.plus(horizon);
    List<ChannelOption> open = new ArrayList<>();
    for (InteractionChannel ch : candidates) {
      Optional<Instant> first = firstOpen(ch.contactChannel().get(), preferences, at, until);
      if (first.isEmpty()) {
        why.add(Explanation.of(ChoiceReason.QUIET_FOR_HORIZON, ch.code(), horizon.toDays()));
        continue;
      }
      ZonedDateTime local = first.get().atZone(preferences.zone());
      open.add(ImmutableChannelOption.of(ch, local));
      Optional<Explanation> preferred = preferences.preferredChannels().contains(ch.contactChannel().get())
          ? Optional.of(Explanation.of(ChoiceReason.PREFERRED)) : Optional.empty();
      why.add(first.get().equals(at) ? Explanation.of(ChoiceReason.OPEN_NOW, ch.code(), preferred)
          : Explanation.of(ChoiceReason.QUIET_UNTIL, ch.code(), preferred, local.toLocalDateTime()));
    }
    if (open.isEmpty()) {
      return new ChannelChoice.NoChannelAllowed(purpose, english(why), why);
    }
    ChannelOption chosen = pick(open, at);
    List<ChannelOption> alternatives = open.stream().filter(o -> o != chosen).toList();
    why.add(0, Explanation.of(chosen.at().toInstant().equals(at) ? ChoiceReason.CHOSEN_NOW
        : ChoiceReason.CHOSEN_FIRST_OPEN, chosen.channel().code(), chosen.at().toLocalDateTime()));
    return new ChannelChoice.Chosen(purpose, chosen, alternatives, english(why), why);
  }

  private static List<String> english(List<Explanation> why) {
    return why.stream().map(e -> e.render(Locale.ENGLISH)).toList();
  }

  /** Best rank open now, unless a better rank opens within maxWait; else the earliest open. */
  private ChannelOption pick(List<ChannelOption> ranked, Instant at) {
    Instant limit = at.plus(maxWait);
    for (ChannelOption o : ranked) {
      if (!o.at().toInstant().isAfter(limit)) {
        return o;
      }
    }
    return ranked.stream().min(Comparator.comparing(o -> o.at().toInstant())).orElseThrow();
  }

  private Comparator<InteractionChannel> rank(ContactPreferences preferences) {
    List<Channel> preferred = preferences.preferredChannels();
    Comparator<InteractionChannel> byPreference = Comparator.comparingInt(ch -> {
      int i = preferred.indexOf(ch.contactChannel().get());
      return i < 0 ? Integer.MAX_VALUE : i;
    });
    return byPreference
        .thenComparing(ch -> ch.capability().cost())
        .thenComparing(ch -> ch.capability().interactivity(), Comparator.reverseOrder());
  }

  /**
   * The first instant from {@code from}, before {@code until}, at which {@code channel} is outside
   * every quiet window: each step jumps to the end of the window that covers the current time.
   */
  static Optional<Instant> firstOpen(Channel channel, ContactPreferences preferences, Instant from,
      Instant until) {
    Instant t = from;
    for (int step = 0; step < MAX_WINDOW_STEPS && t.isBefore(until); step++) {
      Optional<QuietHours> covering = covering(channel, preferences, t);
      if (covering.isEmpty()) {
        return Optional.of(t);
      }
      LocalDateTime local = LocalDateTime.ofInstant(t, preferences.zone());
      t = local.toLocalDate().atTime(covering.get().to()).atZone(preferences.zone()).toInstant();
    }
    return Optional.empty();
  }

  private static Optional<QuietHours> covering(Channel channel, ContactPreferences preferences, Instant t) {
    ZonedDateTime local = t.atZone(preferences.zone());
    return preferences.quietHours().stream()
        .filter(q -> q.channel() == channel && q.covers(local.getDayOfWeek(), local.toLocalTime()))
        .findFirst();
  }
}
