package io.crmkit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.complaint.ComplaintState;
import io.crmkit.core.personality.PersonalityStyle;
import io.crmkit.core.text.DisplayNames;
import io.crmkit.scoring.pyramid.PyramidTier;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The guide's display-names snippet: crmkit's concepts in a host's own screens, in either language. */
class ReadmeDisplayNamesSnippetsTest {

  @Test
  void aHostShowsCrmkitsConceptsInEnglishOrInTheCourseMaterialsChinese() {
    // README: display-names
    String style = DisplayNames.of(PersonalityStyle.AMIABLE, Locale.SIMPLIFIED_CHINESE);   // "随和型"
    String state = DisplayNames.of(ComplaintState.SHELVED, Locale.ENGLISH);                // "Shelved"
    String tier = DisplayNames.of(PyramidTier.KEY, Locale.forLanguageTag("zh-CN"));        // "重要客户"
    // README: end

    assertThat(style).isEqualTo("随和型");
    assertThat(state).isEqualTo("Shelved");
    assertThat(tier).isEqualTo("重要客户");
  }

  @Test
  void theReadmeAndTheGuideShowEverySnippetOfThisFileVerbatim() throws IOException {
    assertThat(DocumentationSnippets.assertShownVerbatim("ReadmeDisplayNamesSnippetsTest")).isEqualTo(1);
  }
}
