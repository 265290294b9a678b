package io.crmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.money.Money;
import io.crmkit.core.satisfaction.CompensationClaim;
import io.crmkit.core.satisfaction.LossCause;
import io.crmkit.examples.report.ReportSection;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The satisfaction lesson shows the five perception dimensions, where a new customer's expectations
 * come from, and the unreasonable expectation the branch declines, all computed from its inputs.
 */
class SatisfactionLessonTest {

  private static String html(ReportSection section, Locale locale) {
    return section.toHtml(CourseTour.labels(LessonText.of(CourseTour.class, locale)));
  }

  @Test
  void theNewCustomersExpectationsAreReviewedBySourceAndTheUnreasonableClaimDeclined() {
    ReportSection section = CourseTour.section(new SatisfactionLesson(), Locale.ENGLISH);
    String html = html(section, Locale.ENGLISH);

    assertThat(section.charts()).hasSize(2);
    assertThat(html).contains("What the customer perceives").contains("doing what we said we would do")
        .contains("Past experience").contains("Word of mouth").contains("Personal needs").contains("Our own promises")
        .contains("2 of 4 expectations need managing before the service")
        .contains("Decline courteously (unreasonable expectation)").contains("Establish the facts first");
    assertThat(section.takeaway()).endsWith("2 of the new customer's 4 expectations need managing before the"
        + " service, and 1 of 3 compensation claims are unreasonable and declined.");
  }

  @Test
  void whenTheFactsShowTheBranchCausedTheLossTheClaimIsNoLongerUnreasonable() {
    SatisfactionLesson lesson = new SatisfactionLesson(SatisfactionLesson.loadSurvey(),
        SatisfactionLesson::newCustomerExpectations,
        text -> List.of(CompensationClaim.of(text.text("claim.own"), Money.of("25.00", "EUR"), LossCause.COMPANY)));
    ReportSection section = CourseTour.section(lesson, Locale.ENGLISH);

    assertThat(section.takeaway()).endsWith("0 of 1 compensation claims are unreasonable and declined.");
    assertThat(html(section, Locale.ENGLISH)).contains("Compensate").doesNotContain("Decline courteously");
  }

  @Test
  void inChineseTheSourcesAndProblemsAreTheMaterialsTerms() {
    ReportSection section = CourseTour.section(new SatisfactionLesson(), Locale.SIMPLIFIED_CHINESE);

    assertThat(html(section, Locale.SIMPLIFIED_CHINESE)).contains("过去的经历").contains("其他人的口碑")
        .contains("个性化的需求").contains("无理期望值").contains("错误期望值").contains("说到办到");
    assertThat(section.takeaway()).contains("项属于无理期望值");
  }
}
