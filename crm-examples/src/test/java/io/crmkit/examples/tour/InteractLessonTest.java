package io.crmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.interaction.Interaction;
import io.crmkit.examples.report.ReportSection;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Interact lesson computes its due list, calendar and promise effects from its log. */
class InteractLessonTest {

  @Test
  void theTakeawayNamesTheMostUrgentCustomerAndTheBrokenPromise() {
    ReportSection section = CourseTour.section(new InteractLesson(CourseTour.CLOCK), Locale.ENGLISH);

    assertThat(section.id()).isEqualTo("interact");
    assertThat(section.takeaway()).isEqualTo("3 of 3 customers of em-anna need something today, first c-003"
        + " (overdue, 12 days late); the broken promise to c-001 brings integrity to 1.0 of 7 and keeps IDIC"
        + " Interact open. For the customer who takes no calls at work the chooser that waits picks Phone.");
    assertThat(section.charts()).hasSize(1);
    assertThat(section.question()).startsWith("Class discussion (seed 001)");
  }

  @Test
  void withoutTheBrokenPromiseTheTakeawayChanges() {
    List<Interaction> log = InteractLesson.log(CourseTour.CLOCK).stream()
        .filter(i -> !i.id().value().equals("I-09")).toList();
    ReportSection section = CourseTour.section(new InteractLesson(CourseTour.CLOCK,
        InteractLesson.withPreferences(SampleCustomers.load()), log), Locale.ENGLISH);

    assertThat(section.takeaway()).contains("no promise to c-001 has an outcome yet, so integrity has no sample, and keeps IDIC Interact open");
    assertThat(section.toHtml(CourseTour.labels(LessonText.of(CourseTour.class, Locale.ENGLISH))))
        .contains("P-1").contains("Overdue");
  }

  @Test
  void inChineseTheChannelsAndStatesAreTheCourseMaterialsTerms() {
    ReportSection section = CourseTour.section(new InteractLesson(CourseTour.CLOCK), Locale.SIMPLIFIED_CHINESE);
    String html = section.toHtml(CourseTour.labels(LessonText.of(CourseTour.class, Locale.SIMPLIFIED_CHINESE)));

    assertThat(html).contains("面对面交流").contains("很丰富").contains("稍慢").contains("逾期未联络")
        .contains("失信").contains("学习目标");
    assertThat(section.takeaway()).startsWith("em-anna 的 3 位客户中有 3 位今天需要联络");
  }
}
