package io.crmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.complaint.Remark;
import io.crmkit.examples.report.ReportSection;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The complaint cases of the material, handled and reviewed; the takeaway follows the inputs. */
class ComplaintCasesLessonTest {

  @Test
  void haierPassesMitsubishiFailsAndTheSharedExperienceShowsItsMistake() {
    ReportSection section = CourseTour.section(new ComplaintCasesLesson(CourseTour.CLOCK), Locale.ENGLISH);

    assertThat(section.takeaway()).isEqualTo("Haier repaired 4 times and kept every promise: the review finds no "
        + "mistake. Mitsubishi shows 4 mistake(s) and took 155 days to offer a remedy. The shared experience shows "
        + "1 mistake(s).");
    assertThat(section.toHtml(CourseTour.labels(LessonText.of(CourseTour.class, Locale.ENGLISH))))
        .contains("refused by rule no-apology-before-facts".replace("refused by rule ", ""))
        .contains("Promises still open: 1");
  }

  @Test
  void aSharedExperienceWithAnArgumentAndAMockeryShowsTwoMistakes() {
    ReportSection section = CourseTour.section(new ComplaintCasesLesson(CourseTour.CLOCK, 2,
        List.of(Remark.ARGUE, Remark.MOCK)), Locale.ENGLISH);

    assertThat(section.takeaway()).startsWith("Haier repaired 2 times").endsWith("The shared experience shows 2 mistake(s).");
  }

  @Test
  void inChineseTheMistakesAreTheTextbooksWords() {
    ReportSection section = CourseTour.section(new ComplaintCasesLesson(CourseTour.CLOCK), Locale.SIMPLIFIED_CHINESE);
    String html = section.toHtml(CourseTour.labels(LessonText.of(CourseTour.class, Locale.SIMPLIFIED_CHINESE)));

    assertThat(html).contains("怀疑客户").contains("直接拒绝客户").contains("回答“我不知道、不清楚”")
        .contains("不能轻易道歉");
    assertThat(section.takeaway()).startsWith("海尔上门维修 4 次");
  }
}
