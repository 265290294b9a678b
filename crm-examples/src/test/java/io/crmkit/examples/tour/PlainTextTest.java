package io.crmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.examples.report.ReportLabels;
import io.crmkit.examples.report.ReportSection;
import io.crmkit.examples.report.ReportTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Console text: terminal columns (Chinese characters take two), wrapping, tables and the Chinese line-break rule. */
class PlainTextTest {

  private static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    PlainText.wrap(out, text, "", width);
    return out.toString();
  }

  @Test
  void aChineseCharacterTakesTwoColumns() {
    assertThat(PlainText.columns("客户 ab")).isEqualTo(7);
  }

  @Test
  void englishWrapsAtSpacesWithinTheWidth() {
    assertThat(wrap("the top 20% of customers bring 68% of revenue", 20))
        .isEqualTo("the top 20% of\ncustomers bring 68%\nof revenue\n");
  }

  @Test
  void chineseWrapsBetweenCharactersButNeverBeforeClosingPunctuation() {
    String wrapped = wrap("客户满意是感知与期望的比较（课程材料）。", 14);

    assertThat(wrapped.lines()).allSatisfy(l -> assertThat(PlainText.columns(l)).isLessThanOrEqualTo(14));
    assertThat(wrapped.lines()).noneMatch(l -> l.startsWith("）") || l.startsWith("。"));
    assertThat(wrapped.lines()).noneMatch(l -> l.endsWith("（"));
  }

  @Test
  void aTableThatFitsIsAlignedAndOneThatDoesNotIsOneLabelledLinePerRow() {
    ReportSection section = ReportSection.builder("t", "T").table(new ReportTable("Tiers", List.of("Tier", "Customers"),
        List.of(List.of("Key", "236"), List.of("Small", "18,856")))).takeaway("x").build();

    assertThat(PlainText.render("T", section, ReportLabels.ENGLISH, 100))
        .contains("  Tier   Customers\n  Key    236\n  Small  18,856\n");
    assertThat(PlainText.render("T", section, ReportLabels.ENGLISH, 16))
        .contains("- Key;\n    Customers:\n    236\n");
  }

  @Test
  void aLineTooLongToListIsCutWithAnEllipsis() {
    assertThat(PlainText.truncate("预测客户价值（IDIC 2）", 10)).isEqualTo("预测客户…");
    assertThat(PlainText.truncate("short", 10)).isEqualTo("short");
  }
}
