package io.crmkit.core.interaction.choice;

import io.crmkit.core.interaction.Purpose;
import io.crmkit.core.validation.Require;
import java.util.List;
import java.util.Optional;

/**
 * The answer of {@link ChannelChooser}: a channel and a time with the other open options and the
 * reasons, or the explicit answer that no channel is allowed (every suitable channel is refused or
 * quiet for the whole search horizon). A rule saying no is a result, not an exception.
 */
public sealed interface ChannelChoice {
  Purpose purpose();

  /** Why each channel was taken or passed over, one line per channel considered. */
  List<String> explanation();

  /** The chosen option; empty when no channel is allowed. */
  Optional<ChannelOption> chosen();

  /** A channel and a time were found. */
  record Chosen(Purpose purpose, ChannelOption option, List<ChannelOption> alternatives,
      List<String> explanation) implements ChannelChoice {
    public Chosen {
      Require.notNull(purpose, "channelChoice.purpose");
      Require.notNull(option, "channelChoice.option");
      alternatives = List.copyOf(alternatives);
      explanation = List.copyOf(explanation);
    }

    @Override
    public Optional<ChannelOption> chosen() {
      return Optional.of(option);
    }
  }

  /** No channel may be used for this goal with this customer within the horizon. */
  record NoChannelAllowed(Purpose purpose, List<String> explanation) implements ChannelChoice {
    public NoChannelAllowed {
      Require.notNull(purpose, "channelChoice.purpose");
      explanation = List.copyOf(explanation);
    }

    @Override
    public Optional<ChannelOption> chosen() {
      return Optional.empty();
    }
  }
}
