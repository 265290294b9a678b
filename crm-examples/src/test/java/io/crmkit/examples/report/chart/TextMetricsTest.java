package io.crmkit.examples.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMetricsTest {

  @Test
  void aChineseCharacterIsOneEmWideAndALatinLetterAboutHalf() {
    assertThat(TextMetrics.width("客户", 10)).isEqualTo(20);
    assertThat(TextMetrics.width("ab", 10)).isBetween(9.0, 13.0);
  }

  @Test
  void englishBreaksAtSpaces() {
    assertThat(TextMetrics.wrap("The top twenty percent of customers", 10, 100))
        .allSatisfy(line -> assertThat(TextMetrics.width(line, 10)).isLessThanOrEqualTo(100))
        .containsExactly("The top twenty", "percent of", "customers");
  }

  @Test
  void chineseBreaksBetweenCharactersAndKeepsPunctuationWithTheCharacterBefore() {
    assertThat(TextMetrics.wrap("前二十的客户带来了收入，约占六成。", 10, 60))
        .containsExactly("前二十的客户", "带来了收入，", "约占六成。");
  }

  @Test
  void aWordWiderThanTheLineStaysWhole() {
    assertThat(TextMetrics.wrap("RECORD_CONTACT_ATTEMPT", 10, 30)).containsExactly("RECORD_CONTACT_ATTEMPT");
  }
}
