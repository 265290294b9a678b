package io.crmkit.core.interaction;

import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.validation.Require;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The channels a company interacts through, looked up by code. {@link #standard()} holds the five
 * personal channels of the course with its capability comparison:
 *
 * <table>
 *   <caption>Interaction capability (不同渠道互动能力的比较)</caption>
 *   <tr><th>channel</th><th>cost</th><th>speed</th><th>richness</th><th>interactivity</th></tr>
 *   <tr><td>face-to-face</td><td>high</td><td>slightly slow</td><td>very rich</td><td>strong</td></tr>
 *   <tr><td>letter</td><td>medium</td><td>slow</td><td>rich</td><td>weak</td></tr>
 *   <tr><td>email</td><td>low</td><td>fast</td><td>rich</td><td>fairly weak</td></tr>
 *   <tr><td>website</td><td>low</td><td>fast</td><td>rich</td><td>fairly weak</td></tr>
 *   <tr><td>phone</td><td>high</td><td>very fast</td><td>not rich</td><td>fairly strong</td></tr>
 * </table>
 *
 * <p>{@link #withHostChannels()} adds text message, WeChat and video call, whose capabilities are
 * crmkit's reading of those channels, not the course's; a host declares its own with {@link #with}.
 * An unknown code is refused by name. Immutable and thread-safe.
 */
public final class ChannelCatalogue {
  /** Face-to-face (面对面交流). Account managers note it as M on the T/E/M calendar. */
  public static final InteractionChannel FACE_TO_FACE = course("face-to-face", "Face-to-face",
      Distance.FACE_TO_FACE, ChannelCapability.of(Cost.HIGH, Speed.SLIGHTLY_SLOW, Richness.VERY_RICH,
          Interactivity.STRONG),
      EnumSet.of(Purpose.GENERAL_ENQUIRY, Purpose.IN_DEPTH_DISCUSSION, Purpose.REGULAR_CHECK_IN,
          Purpose.FOLLOW_UP),
      "vivid and interactive, may need arranging; voice, body and setting carry rich content",
      Channel.VISIT);
  /** Letter (信函). */
  public static final InteractionChannel LETTER = course("letter", "Letter", Distance.INDIRECT,
      ChannelCapability.of(Cost.MEDIUM, Speed.SLOW, Richness.RICH, Interactivity.WEAK),
      EnumSet.of(Purpose.FULL_EXPLANATION, Purpose.FESTIVAL_GREETING, Purpose.NEW_PRODUCT_NOTICE),
      "formal but may feel stiff, mass or personal, little interaction and slow feedback; written and"
          + " kept",
      Channel.POSTAL_MAIL);
  /** Email (电子邮件). E on the T/E/M calendar. */
  public static final InteractionChannel EMAIL = course("email", "Email", Distance.INDIRECT,
      ChannelCapability.of(Cost.LOW, Speed.FAST, Richness.RICH, Interactivity.FAIRLY_WEAK),
      EnumSet.of(Purpose.GENERAL_ENQUIRY, Purpose.SPECIFIC_INFORMATION, Purpose.FULL_EXPLANATION,
          Purpose.FESTIVAL_GREETING, Purpose.NEW_PRODUCT_NOTICE, Purpose.FOLLOW_UP),
      "quick and simple, not bound to time or place; many forms of content", Channel.EMAIL);
  /** Website (网站): the customer comes to it, so no customer channel governs it. */
  public static final InteractionChannel WEBSITE = course("website", "Website", Distance.INDIRECT,
      ChannelCapability.of(Cost.LOW, Speed.FAST, Richness.RICH, Interactivity.FAIRLY_WEAK),
      EnumSet.of(Purpose.GENERAL_ENQUIRY, Purpose.SPECIFIC_INFORMATION, Purpose.NEW_PRODUCT_NOTICE),
      "quick and simple, not bound to time or place; many forms of content", null);
  /** Phone (电话). T on the T/E/M calendar. */
  public static final InteractionChannel PHONE = course("phone", "Phone", Distance.INDIRECT,
      ChannelCapability.of(Cost.HIGH, Speed.VERY_FAST, Richness.NOT_RICH, Interactivity.FAIRLY_STRONG),
      EnumSet.of(Purpose.GENERAL_ENQUIRY, Purpose.REGULAR_CHECK_IN, Purpose.FESTIVAL_GREETING,
          Purpose.FOLLOW_UP),
      "fast, simple and interactive; voice only, content fairly plain", Channel.PHONE_CALL);

  /** Text message (短信), a host channel: cheap, very fast, short, little interaction. */
  public static final InteractionChannel SMS = host("sms", "Text message", Distance.INDIRECT,
      ChannelCapability.of(Cost.LOW, Speed.VERY_FAST, Richness.NOT_RICH, Interactivity.FAIRLY_WEAK),
      EnumSet.of(Purpose.GENERAL_ENQUIRY, Purpose.FESTIVAL_GREETING, Purpose.NEW_PRODUCT_NOTICE,
          Purpose.FOLLOW_UP),
      "short written notes that wait until the customer has time", Channel.TEXT_MESSAGE);
  /** WeChat (微信), a host channel: messaging with pictures and voice, answered when convenient. */
  public static final InteractionChannel WECHAT = host("wechat", "WeChat", Distance.INDIRECT,
      ChannelCapability.of(Cost.LOW, Speed.VERY_FAST, Richness.RICH, Interactivity.FAIRLY_STRONG),
      EnumSet.of(Purpose.GENERAL_ENQUIRY, Purpose.SPECIFIC_INFORMATION, Purpose.REGULAR_CHECK_IN,
          Purpose.FESTIVAL_GREETING, Purpose.NEW_PRODUCT_NOTICE, Purpose.FOLLOW_UP),
      "messages, pictures and voice, read when the customer is free", Channel.MESSAGING);
  /** Video call (视频通话), a host channel: close to a meeting without the journey. */
  public static final InteractionChannel VIDEO_CALL = host("video-call", "Video call",
      Distance.INDIRECT,
      ChannelCapability.of(Cost.MEDIUM, Speed.FAST, Richness.VERY_RICH, Interactivity.STRONG),
      EnumSet.of(Purpose.GENERAL_ENQUIRY, Purpose.IN_DEPTH_DISCUSSION, Purpose.REGULAR_CHECK_IN,
          Purpose.FOLLOW_UP),
      "face and voice at a distance; needs an appointment", Channel.VIDEO_CALL);

  private static final ChannelCatalogue STANDARD =
      new ChannelCatalogue(List.of(FACE_TO_FACE, LETTER, EMAIL, WEBSITE, PHONE));

  private final Map<ChannelCode, InteractionChannel> byCode;

  private ChannelCatalogue(List<InteractionChannel> channels) {
    Require.distinct(channels, InteractionChannel::code, "channelCatalogue.channels");
    Map<ChannelCode, InteractionChannel> map = new LinkedHashMap<>();
    for (InteractionChannel c : channels) {
      map.put(c.code(), c);
    }
    this.byCode = map;
  }

  /** The course's five personal channels, in the order of its comparison table. */
  public static ChannelCatalogue standard() {
    return STANDARD;
  }

  /** The course's five and the host channels text message, WeChat and video call. */
  public static ChannelCatalogue withHostChannels() {
    return STANDARD.with(SMS).with(WECHAT).with(VIDEO_CALL);
  }

  /** This catalogue with one more channel; rejects a code already present. */
  public ChannelCatalogue with(InteractionChannel channel) {
    Require.notNull(channel, "channelCatalogue.channel");
    List<InteractionChannel> all = new ArrayList<>(byCode.values());
    all.add(channel);
    return new ChannelCatalogue(all);
  }

  /** Every channel, in the order they were declared. */
  public List<InteractionChannel> channels() {
    return List.copyOf(byCode.values());
  }

  /** The channel for {@code code}; an unknown code fails naming the code and the known ones. */
  public InteractionChannel channel(ChannelCode code) {
    Require.notNull(code, "channelCode");
    InteractionChannel channel = byCode.get(code);
    if (channel == null) {
      throw new InvalidValueException("channelCode", "must be one of the catalogue's channels "
          + byCode.keySet(), "'" + code.value() + "'");
    }
    return channel;
  }

  /** As {@link #channel(ChannelCode)} from the code's text. */
  public InteractionChannel channel(String code) {
    return channel(ChannelCode.of(code));
  }

  /** Whether the catalogue knows {@code code}. */
  public boolean contains(ChannelCode code) {
    return byCode.containsKey(code);
  }

  /** The catalogue's channels governed by the customer-side {@code channel}. */
  public List<InteractionChannel> governedBy(Channel channel) {
    return byCode.values().stream().filter(c -> c.contactChannel().equals(Optional.of(channel)))
        .collect(Collectors.toUnmodifiableList());
  }

  private static InteractionChannel course(String code, String title, Distance distance,
      ChannelCapability capability, EnumSet<Purpose> suits, String character, Channel contact) {
    return ImmutableInteractionChannel.builder().code(ChannelCode.of(code)).title(title)
        .distance(distance).medium(Medium.PERSONAL).capability(capability).suits(suits)
        .character(character).contactChannel(Optional.ofNullable(contact)).hostDefined(false).build();
  }

  private static InteractionChannel host(String code, String title, Distance distance,
      ChannelCapability capability, EnumSet<Purpose> suits, String character, Channel contact) {
    return ImmutableInteractionChannel.builder().code(ChannelCode.of(code)).title(title)
        .distance(distance).medium(Medium.PERSONAL).capability(capability).suits(suits)
        .character(character).contactChannel(contact).hostDefined(true).build();
  }

  @Override
  public String toString() {
    return "ChannelCatalogue" + byCode.keySet();
  }
}
