package io.crmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.service.VisitorCue;
import io.crmkit.examples.report.ReportSection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The account-manager lesson: the key customer's visit checked, the store's visitors served, requests decided. */
class AccountManagerLessonTest {

  @Test
  void theFirstDraftOfTheVisitShowsWhatIsMissingAndTwoVisitorsAreSteppedUpTo() {
    ReportSection section = CourseTour.section(new AccountManagerLesson(CourseTour.CLOCK), Locale.ENGLISH);

    assertThat(section.takeaway()).startsWith("The first draft of the visit had 5 gap(s) (record-reviewed, "
        + "needs-on-record, agenda-prepared, materials-prepared, appointment-confirmed); 2 of the 3 store visitors");
    assertThat(section.toHtml(CourseTour.labels(LessonText.of(CourseTour.class, Locale.ENGLISH))))
        .contains("Completed, the plan is ready").contains("the needs check is now ready")
        .contains("Hold the principle").contains("Offer as an extra")
        .contains("<td>Dead (judged never to need us)</td><td>judged by em-ben on 2025-12-01 never to need us: sold "
            + "his restaurant and retired; the plan was for its kitchen</td>")
        .contains("<td>Demand unknown (not yet asked)</td>");
  }

  @Test
  void whenTheBrowserPicksUpAProductTheAssistantStepsUp() {
    Map<String, List<VisitorCue>> visitors = new HashMap<>(AccountManagerLesson.VISITORS);
    visitors.put("c", List.of(VisitorCue.STROLLS_AND_LOOKS, VisitorCue.PICKS_UP_A_PRODUCT));
    ReportSection section = CourseTour.section(new AccountManagerLesson(CourseTour.CLOCK, SampleCustomers.load(),
        visitors), Locale.ENGLISH);

    assertThat(section.takeaway()).contains("3 of the 3 store visitors are stepped up to now");
  }

  @Test
  void inChineseTheVisitorsAndServiceUseTheMaterialsTerms() {
    ReportSection section = CourseTour.section(new AccountManagerLesson(CourseTour.CLOCK), Locale.SIMPLIFIED_CHINESE);
    String html = section.toHtml(CourseTour.labels(LessonText.of(CourseTour.class, Locale.SIMPLIFIED_CHINESE)));

    assertThat(html).contains("“看热闹”的顾客").contains("有具体需求的顾客").contains("前台（服务接触环节）")
        .contains("坚持原则").contains("二选一").contains("死亡客户").contains("目标客户").contains("潜在客户");
    assertThat(section.takeaway()).startsWith("拜访初稿有 5 处缺漏");
  }
}
