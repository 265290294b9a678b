package io.crmkit.core.interaction.design;

import io.crmkit.core.interaction.InteractionChannel;
import io.crmkit.core.interaction.Interactivity;
import io.crmkit.core.interaction.Richness;
import java.util.Optional;

/**
 * The form the content takes (格式), which must fit what the channel can carry (考虑不同互动渠道的特点).
 * The fit is read from the channel's capability in the catalogue, so host channels are judged the
 * same way as the course's five.
 */
public enum ContentFormat {
  /** A conversation with questions answered on the spot: needs a fairly strong interactivity or more. */
  DIALOGUE,
  /** A full written explanation the customer can keep: needs a rich channel or more. */
  DOCUMENT,
  /** A few lines: the date, the place, one link. Fits every channel. */
  SHORT_NOTE,
  /** Something to see and hear (a performance, a demonstration): needs a very rich channel. */
  SHOWCASE;

  /** Why this format does not fit {@code channel}; empty when it fits. */
  public Optional<String> misfit(InteractionChannel channel) {
    Richness richness = channel.capability().richness();
    Interactivity interactivity = channel.capability().interactivity();
    if (this == DIALOGUE && interactivity.compareTo(Interactivity.FAIRLY_STRONG) < 0) {
      return Optional.of("a dialogue needs fairly strong interactivity, " + channel + " has " + interactivity);
    }
    if (this == DOCUMENT && richness.compareTo(Richness.RICH) < 0) {
      return Optional.of("a document needs a rich channel, " + channel + " is " + richness);
    }
    if (this == SHOWCASE && richness != Richness.VERY_RICH) {
      return Optional.of("a showcase needs a very rich channel, " + channel + " is " + richness);
    }
    return Optional.empty();
  }

  /** Whether this format fits {@code channel}. */
  public boolean fits(InteractionChannel channel) {
    return misfit(channel).isEmpty();
  }
}
