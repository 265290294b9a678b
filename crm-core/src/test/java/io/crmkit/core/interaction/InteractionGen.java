package io.crmkit.core.interaction;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.customer.contact.ContactPreferences;
import io.crmkit.core.customer.contact.QuietHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * The interaction data every property of the interaction packages draws from: a handful of
 * customers in Shanghai and Berlin, the course's and the host channels, contacts spread over two
 * months, preferences with refusals and working-hours quiet windows.
 */
public final class InteractionGen {
  private InteractionGen() {}

  /** 2026-03-31T12:00:00Z: no generated interaction lies after it. */
  public static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");
  public static final LocalDate FIRST_DAY = LocalDate.of(2026, 2, 1);
  public static final List<ZoneId> ZONES = List.of(ZoneId.of("Asia/Shanghai"), ZoneId.of("Europe/Berlin"));
  public static final List<String> CHANNELS = List.of("phone", "email", "face-to-face", "letter",
      "sms", "wechat", "video-call");

  public static Gen<CustomerId> customers() {
    return integers().between(1, 6).map(i -> CustomerId.of("C-" + i));
  }

  /** A moment between 2026-02-01 and the end of 2026-03-30 in one of the zones. */
  public static Gen<ZonedDateTime> moments() {
    return integers().between(0, 57).zip(integers().between(7 * 60, 21 * 60),
        arbitrary().pick(ZONES),
        (d, minute, zone) -> FIRST_DAY.plusDays(d).atTime(LocalTime.ofSecondOfDay(minute * 60L)).atZone(zone));
  }

  /** First revisions of interactions on any channel with host defaults, recorded at {@link #NOW}. */
  public static Gen<Interaction> interactions(Gen<Integer> serial) {
    return serial.zip(customers(), arbitrary().pick(CHANNELS), moments(),
        (n, customer, channel, at) -> {
          InteractionChannel ch = ChannelCatalogue.withHostChannels().channel(channel);
          return Interaction.builder().id(InteractionId.of("I-" + n)).customer(customer)
              .channel(ch.code()).distance(ch.distance()).medium(ch.medium()).initiator(Initiator.COMPANY)
              .purpose(Purpose.REGULAR_CHECK_IN).addContents(ExchangeContent.EMOTION).occurredAt(at)
              .recordedAt(NOW).addStaff(EmployeeId.of("am-1"))
              .summary("note " + n + ", with a comma and \"quotes\"").build();
        });
  }

  /** Up to 32 interactions with distinct ids. */
  public static Gen<List<Interaction>> interactionLists() {
    // At most 32: a calendar cell holds at most 32 letters, and every interaction may fall on one day.
    return lists().of(interactions(integers().between(0, 0))).ofSizeBetween(0, 32).map(list -> {
      List<Interaction> distinct = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        distinct.add(Interaction.builder().from(list.get(i)).id(InteractionId.of("I-" + i)).build());
      }
      return distinct;
    });
  }

  /** Preferences over the customer channels: some preferred, some refused, some quiet windows. */
  public static Gen<ContactPreferences> preferences() {
    List<Channel> channels = List.of(Channel.values());
    Gen<List<Channel>> picks = lists().of(arbitrary().pick(channels)).ofSizeBetween(0, 4);
    Gen<List<QuietHours>> quiet = lists().of(arbitrary().pick(channels).zip(integers().between(0, 22),
        integers().between(1, 12), arbitrary().pick(List.of(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), EnumSet.allOf(DayOfWeek.class),
            EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))),
        (c, from, len, days) -> QuietHours.of(c, Set.copyOf(days), LocalTime.of(from, 0),
            LocalTime.of(Math.min(23, from + len), from + len >= 23 ? 59 : 0)))).ofSizeBetween(0, 5);
    return picks.zip(picks, quiet, arbitrary().pick(ZONES), (preferred, refused, q, zone) -> {
      List<Channel> pref = preferred.stream().distinct().toList();
      Set<Channel> ref = EnumSet.noneOf(Channel.class);
      refused.stream().filter(c -> !pref.contains(c)).forEach(ref::add);
      return ContactPreferences.builder().preferredChannels(pref).refusedChannels(ref).quietHours(q)
          .zone(zone).build();
    });
  }
}
