package io.crmkit.core.interaction.design;

import io.crmkit.core.interaction.InteractionChannel;
import io.crmkit.core.validation.Require;
import java.util.List;

/**
 * The content of an interaction for one audience on one channel (设计互动内容): the theme, answering
 * what the audience wants and which information they hope for (主题); where the key message sits
 * (结构); and the format, which must fit the channel (格式).
 *
 * <p>Immutable and thread-safe.
 *
 * @param audience whom the content is for
 * @param theme what it is about
 * @param wantedInformation what the audience asks for and hopes to learn, at least one point
 * @param structure where the key message sits
 * @param format the form of the content
 * @param channel the channel that carries it; the format must fit it
 */
public record InteractionContent(InteractionObject audience, String theme, List<String> wantedInformation,
    ContentStructure structure, ContentFormat format, InteractionChannel channel) {

  /** Validates and copies; a format that does not fit the channel is refused with the reason. */
  public InteractionContent {
    Require.notNull(audience, "interactionContent.audience");
    Require.text(theme, "interactionContent.theme");
    Require.notNull(wantedInformation, "interactionContent.wantedInformation");
    Require.that(!wantedInformation.isEmpty(), "interactionContent.wantedInformation",
        "must name at least one thing the audience wants to know", wantedInformation.size());
    wantedInformation = List.copyOf(wantedInformation);
    for (int i = 0; i < wantedInformation.size(); i++) {
      Require.text(wantedInformation.get(i), "interactionContent.wantedInformation[" + i + "]");
    }
    Require.notNull(structure, "interactionContent.structure");
    Require.notNull(format, "interactionContent.format");
    Require.notNull(channel, "interactionContent.channel");
    InteractionChannel on = channel;
    format.misfit(channel).ifPresent(why -> Require.that(false, "interactionContent.format",
        "must fit the channel " + on + " (" + why + ")", format));
  }
}
