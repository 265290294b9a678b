package io.crmkit.core.interaction;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The short name of an interaction channel in a {@link ChannelCatalogue}: lower-case kebab form,
 * {@code phone}, {@code face-to-face}, {@code wechat}. Interactions and stores keep the code; the
 * catalogue says what the channel can do.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ChannelCode implements Comparable<ChannelCode> {
  private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @Value.Parameter
  public abstract String value();

  /** The code {@code value}; rejects anything but lower-case kebab-case of at most 32 characters. */
  public static ChannelCode of(String value) {
    Require.notNull(value, "channelCode");
    return ImmutableChannelCode.of(value);
  }

  @Value.Check
  protected void check() {
    Require.that(value().length() <= 32 && FORM.matcher(value()).matches(), "channelCode",
        "must be lower-case kebab-case of at most 32 characters", value());
  }

  @Override
  public int compareTo(ChannelCode other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
