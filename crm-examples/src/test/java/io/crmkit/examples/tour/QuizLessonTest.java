package io.crmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.examples.report.ReportSection;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The quiz of 003 answered by running the model: the answers agree with the seed, and follow the input. */
class QuizLessonTest {

  @Test
  void theModelReproducesEveryAnswerAndTheRealSplitOfCdnow() {
    ReportSection section = CourseTour.section(new QuizLesson(CourseTour.CLOCK), Locale.ENGLISH);

    assertThat(section.takeaway()).isEqualTo("The model reproduces 9 of the 10 answers; on CDNOW 80% of the value comes "
        + "from 32.6% of the customers.");
    assertThat(section.toHtml(CourseTour.labels(LessonText.of(CourseTour.class, Locale.ENGLISH))))
        .contains("perceived 3 gives dissatisfied, 4 gives basically satisfied, 5 gives satisfied");
  }

  @Test
  void thePowerCompanyCustomerIsHeldByMonopolyAndOnlyTrustLoyaltySurvivesAnOpenMarket() {
    String html = CourseTour.section(new QuizLesson(CourseTour.CLOCK), Locale.ENGLISH)
        .toHtml(CourseTour.labels(LessonText.of(CourseTour.class, Locale.ENGLISH)));

    assertThat(html).contains("the loyalty rules diagnose Monopoly loyalty")
        .contains("still diagnosed as loyal: Trust loyalty; no longer: Monopoly loyalty, Relationship loyalty,"
            + " Inertia loyalty");
  }

  @Test
  void tradeGrowingQuarterOnQuarterIsTheGrowthStageOfQuestionTen() {
    String html = CourseTour.section(new QuizLesson(CourseTour.CLOCK), Locale.ENGLISH)
        .toHtml(CourseTour.labels(LessonText.of(CourseTour.class, Locale.ENGLISH)));

    assertThat(html).contains("bought 3 times last quarter and 5 times this quarter, spending 80% more: the"
        + " lifecycle rules infer Growth");
  }

  @Test
  void eachTextbookLoyaltyCustomerIsDiagnosedAsItsOwnType() {
    for (io.crmkit.core.loyalty.LoyaltyType type : QuizLesson.LOYALTY_OPTIONS) {
      assertThat(io.crmkit.core.loyalty.LoyaltyRules.DEFAULT.diagnose(QuizLesson.heldBy(type)).primary())
          .as("the textbook customer of %s", type).contains(type);
    }
  }

  @Test
  void askingAboutNinetyPercentOfTheValueChangesTheTakeaway() {
    ReportSection section = CourseTour.section(new QuizLesson(CourseTour.CLOCK, 0.9), Locale.ENGLISH);

    assertThat(section.takeaway()).contains("on CDNOW 90% of the value comes from");
  }

  @Test
  void inChineseTheQuizReadsInTheMaterialsTerms() {
    ReportSection section = CourseTour.section(new QuizLesson(CourseTour.CLOCK), Locale.SIMPLIFIED_CHINESE);
    String html = section.toHtml(CourseTour.labels(LessonText.of(CourseTour.class, Locale.SIMPLIFIED_CHINESE)));

    assertThat(html).contains("二八原理").contains("基本满意").contains("中小商户");
    assertThat(section.takeaway()).startsWith("模型重现了 10 道题中 9 道的答案");
  }
}
