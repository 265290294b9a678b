package io.crmkit.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.text.Explanation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The handling review's findings read in the reader's language: the built-in checks explain in
 * English (unchanged, for logs and the English API) and in the course material's Chinese; a host's
 * own finding reads as written.
 */
class HandlingFindingLanguageTest {

  @Test
  void aBuiltInFindingReadsInEnglishAsBeforeAndInChinese() {
    HandlingFinding f = new HandlingFinding("apologise-once", HandlingMistake.ENDLESS_APOLOGY, List.of(5, 7),
        "2 apologies; one sincere apology, then solve the problem", Explanation.of(FindingReason.APOLOGIES, 2));

    assertThat(f.explanation(Locale.ENGLISH)).isEqualTo(f.explanation());
    assertThat(f.describe(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("apologise-once（一味道歉），事件 #5、#7：道歉 2 次；真诚地道歉一次，然后解决问题");
  }

  @Test
  void everyBuiltInReasonHasAChineseSentence() {
    for (FindingReason reason : FindingReason.values()) {
      assertThat(Explanation.of(reason, "x").render(Locale.SIMPLIFIED_CHINESE)).as(reason.name())
          .matches(reason == FindingReason.AS_WRITTEN ? "x" : ".*\\p{IsHan}.*");
    }
  }

  @Test
  void aHostsFindingReadsAsWritten() {
    HandlingFinding f = new HandlingFinding("no-jargon", HandlingMistake.PLEADED_IGNORANCE, List.of(3),
        "answered with internal jargon");

    assertThat(f.explanation(Locale.SIMPLIFIED_CHINESE)).isEqualTo("answered with internal jargon");
  }
}
