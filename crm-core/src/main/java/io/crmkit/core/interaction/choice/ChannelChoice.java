package io.crmkit.core.interaction.choice;

import io.crmkit.core.text.Explanation;
import java.util.Locale;
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

  /** Why each channel was taken or passed over, one line per channel considered, in English. */
  List<String> explanation();

  /** The same lines as messages and their arguments, for {@link #explanation(Locale)}. */
  List<Explanation> reasons();

  /** Why each channel was taken or passed over, in {@code locale}. */
  default List<String> explanation(Locale locale) {
    Require.notNull(locale, "channelChoice.locale");
    return reasons().stream().map(r -> r.render(locale)).toList();
  }

  /** Lines written in English only read as written in every language. */
  private static List<Explanation> asWritten(List<String> explanation) {
    return explanation.stream().map(l -> Explanation.of(ChoiceReason.AS_WRITTEN, l)).toList();
  }

  /** The chosen option; empty when no channel is allowed. */
  Optional<ChannelOption> chosen();

  /** A channel and a time were found. */
  record Chosen(Purpose purpose, ChannelOption option, List<ChannelOption> alternatives,
      List<String> explanation, List<Explanation> reasons) implements ChannelChoice {
    public Chosen {
      Require.notNull(purpose, "channelChoice.purpose");
      Require.notNull(option, "channelChoice.option");
      alternatives = List.copyOf(alternatives);
      explanation = List.copyOf(explanation);
      reasons = List.copyOf(reasons);
    }

    /** A choice explained in English only: its lines read as written in every language. */
    public Chosen(Purpose purpose, ChannelOption option, List<ChannelOption> alternatives, List<String> explanation) {
      this(purpose, option, alternatives, explanation, asWritten(explanation));
    }

    @Override
    public Optional<ChannelOption> chosen() {
      return Optional.of(option);
    }
  }

  /** No channel may be used for this goal with this customer within the horizon. */
  record NoChannelAllowed(Purpose purpose, List<String> explanation, List<Explanation> reasons)
      implements ChannelChoice {
    public NoChannelAllowed {
      Require.notNull(purpose, "channelChoice.purpose");
      explanation = List.copyOf(explanation);
      reasons = List.copyOf(reasons);
    }

    /** An answer explained in English only: its lines read as written in every language. */
    public NoChannelAllowed(Purpose purpose, List<String> explanation) {
      this(purpose, explanation, asWritten(explanation));
    }

    @Override
    public Optional<ChannelOption> chosen() {
      return Optional.empty();
    }
  }
}
