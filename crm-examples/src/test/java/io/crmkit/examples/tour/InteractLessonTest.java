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
        + " Interact open. For the customer who takes no calls at work the chooser that waits picks Phone."
        + " 3 of 5 follow-ups across the tour are urgent (within a week).");
    assertThat(section.charts()).hasSize(3);
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
  void theQuietHoursAreReadFromThePreferencesAndShownHourByHour() {
    ReportSection section = CourseTour.section(new InteractLesson(CourseTour.CLOCK), Locale.ENGLISH);
    String html = section.toHtml(CourseTour.labels(LessonText.of(CourseTour.class, Locale.ENGLISH)));

    // 13 hours a day from 08:00: weekdays lose 09-12 and 13-18 (8 hours), the weekend is open.
    assertThat(html).contains("quiet on the phone Monday to Friday 09:00-12:00, 13:00-18:00 (Asia/Shanghai time)")
        .contains("51 of 91 hours between 8:00 and 21:00 are open");
  }

  @Test
  void withoutQuietHoursEveryHourIsOpenAndTheTextSaysSo() {
    List<io.crmkit.core.customer.Customer> base = InteractLesson.withPreferences(SampleCustomers.load()).stream()
        .map(c -> !c.id().equals(InteractLesson.LI_WEI) ? c : io.crmkit.core.customer.Customer.builder().from(c)
            .contactPreferences(io.crmkit.core.customer.contact.ContactPreferences.builder()
                .from(c.contactPreferences()).quietHours(List.of()).build()).build())
        .toList();
    ReportSection section = CourseTour.section(new InteractLesson(CourseTour.CLOCK, base,
        InteractLesson.log(CourseTour.CLOCK)), Locale.ENGLISH);
    String html = section.toHtml(CourseTour.labels(LessonText.of(CourseTour.class, Locale.ENGLISH)));

    assertThat(html).contains("quiet on the phone never").contains("91 of 91 hours");
  }

  @Test
  void followUpsFallIntoTheSeedsFourUrgencyClassesByDaysAhead() {
    ReportSection section = CourseTour.section(new InteractLesson(CourseTour.CLOCK), Locale.ENGLISH);
    String html = section.toHtml(CourseTour.labels(LessonText.of(CourseTour.class, Locale.ENGLISH)));

    // Everything em-anna's due list asks today is urgent; c-005 in 23 days is soon, c-009 in 121 days
    // slow to react; nobody falls in the one-to-three-months class, and the chart still shows it.
    assertThat(html).contains("Soon (a week to a month)").contains("Slow to react (beyond three months)")
        .contains("3 of 5 follow-ups must be handled within a week");
    io.crmkit.examples.report.chart.BarChart chart = section.charts().stream()
        .filter(c -> c instanceof io.crmkit.examples.report.chart.BarChart)
        .map(c -> (io.crmkit.examples.report.chart.BarChart) c).findFirst().orElseThrow();
    assertThat(chart.series().get(0).bars()).extracting(b -> b.value()).containsExactly(3.0, 1.0, 0.0, 1.0);
    io.crmkit.examples.report.ReportTable table = section.blocks().stream()
        .filter(b -> b instanceof io.crmkit.examples.report.ReportTable t && t.caption().startsWith("Next actions"))
        .map(b -> (io.crmkit.examples.report.ReportTable) b).findFirst().orElseThrow();
    // The duplicate c-002 (merged into c-001 by the identify lesson) and the dead c-006 have no follow-up.
    assertThat(table.rows()).extracting(r -> r.get(0)).containsExactly("c-001", "c-003", "c-005", "c-008", "c-009");
    assertThat(table.rows()).extracting(r -> r.get(3)).containsExactly("0", "0", "23", "0", "121");
  }

  @Test
  void inChineseTheChannelsAndStatesAreTheCourseMaterialsTerms() {
    ReportSection section = CourseTour.section(new InteractLesson(CourseTour.CLOCK), Locale.SIMPLIFIED_CHINESE);
    String html = section.toHtml(CourseTour.labels(LessonText.of(CourseTour.class, Locale.SIMPLIFIED_CHINESE)));

    assertThat(html).contains("面对面交流").contains("很丰富").contains("稍慢").contains("逾期未联络")
        .contains("失信").contains("学习目标")
        .contains("缓急客户").contains("可慢反应客户").contains("免打扰");
    assertThat(section.takeaway()).startsWith("em-anna 的 3 位客户中有 3 位今天需要联络");
  }
}
