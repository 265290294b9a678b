package io.crmkit.core.interaction.calendar;

import io.crmkit.core.interaction.ChannelCode;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.validation.Require;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The letter a contact leaves in its calendar cell, per channel: T for a phone call, E for an email,
 * M for a meeting (面谈), as the account manager of the course wrote them; hosts add letters for
 * their other channels. Two channels may not share a letter, so a cell can be read back.
 *
 * <p>Immutable and thread-safe.
 */
public final class CalendarLetters {
  private static final CalendarLetters TEM = new CalendarLetters(Map.of(
      ChannelCode.of("phone"), 'T', ChannelCode.of("email"), 'E', ChannelCode.of("face-to-face"), 'M'));

  private final Map<ChannelCode, Character> letters;
  private final Map<Character, ChannelCode> channels;

  private CalendarLetters(Map<ChannelCode, Character> letters) {
    Map<Character, ChannelCode> back = new HashMap<>();
    for (Map.Entry<ChannelCode, Character> e : letters.entrySet()) {
      char c = e.getValue();
      Require.that(c >= 'A' && c <= 'Z', "calendarLetters.letter", "must be one upper-case letter A-Z",
          c);
      ChannelCode before = back.put(c, e.getKey());
      Require.that(before == null, "calendarLetters.letter",
          "must not be shared by two channels (" + before + ", " + e.getKey() + ")", c);
    }
    this.letters = Map.copyOf(letters);
    this.channels = Map.copyOf(back);
  }

  /** T phone, E email, M face-to-face. */
  public static CalendarLetters tem() {
    return TEM;
  }

  /** T/E/M with L letter, W website, S text message, X WeChat and V video call. */
  public static CalendarLetters withHostDefaults() {
    return TEM.with("letter", 'L').with("website", 'W').with("sms", 'S').with("wechat", 'X')
        .with("video-call", 'V');
  }

  /** These letters with {@code channel} written as {@code letter}. */
  public CalendarLetters with(ChannelCode channel, char letter) {
    Require.notNull(channel, "calendarLetters.channel");
    Map<ChannelCode, Character> copy = new HashMap<>(letters);
    copy.put(channel, letter);
    return new CalendarLetters(copy);
  }

  public CalendarLetters with(String channel, char letter) {
    return with(ChannelCode.of(channel), letter);
  }

  /** The letter of {@code channel}; a channel without a letter is refused by name. */
  public char letterOf(ChannelCode channel) {
    Character c = letters.get(channel);
    if (c == null) {
      throw new InvalidValueException("calendarLetters.channel",
          "must have a calendar letter; known are " + new TreeMap<>(letters), "'" + channel + "'");
    }
    return c;
  }

  /** The channel a letter stands for, if any. */
  public Optional<ChannelCode> channelOf(char letter) {
    return Optional.ofNullable(channels.get(letter));
  }

  @Override
  public String toString() {
    return "CalendarLetters" + new TreeMap<>(letters);
  }
}
