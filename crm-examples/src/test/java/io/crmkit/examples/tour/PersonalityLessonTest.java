package io.crmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.examples.report.ReportSection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The personality lesson classifies the notes it is given, and its takeaway follows them. */
class PersonalityLessonTest {

  private static ReportSection section(PersonalityLesson lesson, Locale locale) {
    return CourseTour.section(lesson, locale);
  }

  @Test
  void theTakeawayNamesTheCustomerTheNotesDoNotYetDecide() {
    ReportSection section = section(new PersonalityLesson(CourseTour.CLOCK), Locale.ENGLISH);

    assertThat(section.takeaway()).startsWith("4 of 5 customers could be classified; c-009 needs more cues")
        .endsWith("c-005: resolve the open complaint before any sales talk.");
  }

  @Test
  void withOneMoreCueForTheUndecidedCustomerTheTakeawayChanges() {
    Map<CustomerId, List<String>> notes = new LinkedHashMap<>(PersonalityLesson.NOTES);
    notes.put(CustomerId.of("c-009"), List.of("asks for data sheets", "talks about family", "avoids conflict"));

    ReportSection section = section(new PersonalityLesson(CourseTour.CLOCK, SampleCustomers.load(), notes),
        Locale.ENGLISH);

    assertThat(section.takeaway()).startsWith("All 5 customers could be classified");
  }

  @Test
  void inChineseTheStylesAreTheCourseMaterialsTerms() {
    ReportSection section = section(new PersonalityLesson(CourseTour.CLOCK), Locale.SIMPLIFIED_CHINESE);
    String html = section.toHtml(CourseTour.labels(LessonText.of(CourseTour.class, Locale.SIMPLIFIED_CHINESE)));

    assertThat(html).contains("主观型").contains("分析型").contains("情感型").contains("随和型")
        .contains("学习目标").contains("先解决未结的投诉，再谈销售");
    assertThat(section.takeaway()).startsWith("5 位客户中有 4 位能判断个性表现；c-009 需要更多线索");
  }

  @Test
  void theLessonStartsWithItsGoalAndConceptAndEndsWithAnExerciseFromTheMaterial() {
    ReportSection section = section(new PersonalityLesson(CourseTour.CLOCK), Locale.ENGLISH);

    assertThat(section.id()).isEqualTo("personality");
    assertThat(section.blocks().get(0)).hasToString(
        "Paragraph[label=Learning goal, text=" + LessonText.of(PersonalityLesson.class, Locale.ENGLISH).text("goal") + "]");
    assertThat(section.question()).startsWith("Exercise (seed 000)");
    assertThat(section.charts()).hasSize(1);
  }
}
