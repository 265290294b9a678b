package io.crmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.examples.report.ReportSection;
import io.crmkit.examples.report.ReportTable;
import io.crmkit.examples.report.chart.BarChart;
import io.crmkit.examples.report.chart.StateDiagram;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The relationship-stages lesson teaches the lifecycle on CDNOW, a key account's journey through the
 * development stages with an interruption, and full against partial churn; its takeaway follows the
 * journey it is given.
 */
class RelationshipStagesLessonTest {
  private static final ReportSection ENGLISH = CourseTour.section(new RelationshipStagesLesson(CourseTour.CLOCK),
      Locale.ENGLISH);

  private static ReportTable table(ReportSection section, String captionStart) {
    return section.blocks().stream().filter(ReportTable.class::isInstance).map(ReportTable.class::cast)
        .filter(t -> t.caption().startsWith(captionStart)).findFirst().orElseThrow();
  }

  @Test
  void theLifecycleOfTheCdnowSampleIsReadAtTheEndOfCalibrationWithItsFlowsIntoDecline() {
    ReportTable distribution = table(ENGLISH, "The lifecycle of the CDNOW sample on 1997-09-30");
    assertThat(distribution.rows()).extracting(r -> r.get(0) + " " + r.get(2)).containsExactly("Exploration 0",
        "Growth 108", "Maturity 39", "Decline 2,016", "Undecided 194");
    ReportTable flows = table(ENGLISH, "Flows into decline");
    assertThat(flows.rows()).containsExactly(List.of("Exploration", "Decline", "1,906"),
        List.of("Growth", "Decline", "168"));
    assertThat(ENGLISH.charts()).hasSize(2);
    assertThat(ENGLISH.charts().get(0)).isInstanceOfSatisfying(BarChart.class, c -> assertThat(c.barCount())
        .isEqualTo(12));
    assertThat(ENGLISH.charts().get(1)).isInstanceOfSatisfying(StateDiagram.class,
        d -> assertThat(d.arrowCount()).as("RESUME and RESTART share the arrow back to gestation").isEqualTo(11));
  }

  @Test
  void theKeyAccountsJourneyShowsTheWarningTheStrategiesAndTheInterruption() {
    ReportTable journey = table(ENGLISH, "The journey of c-005");
    assertThat(journey.rows()).extracting(r -> r.get(1)).containsExactly("Take up as a prospect",
        "Assign account manager", "Start cooperation", "Deepen cooperation", "Change of contact persons", "Interrupt",
        "Change of contact persons", "Resume");
    assertThat(journey.rows().get(5).get(2)).isEqualTo("Middle stage → Interrupted");
    ReportTable plan = table(ENGLISH, "The playbook for c-005 on 2025-09-15");
    assertThat(plan.rows().get(0).get(3)).isEqualTo("interruption-warning-single-contact");
    assertThat(plan.rows()).extracting(r -> r.get(1)).contains("Regular service meetings", "Key-customer club",
        "Training for the customer");
    assertThat(ENGLISH.takeaway()).contains("Key account c-005 is in the Middle stage again after an interruption "
        + "caused by New contact does not accept our products (Internal cause), Over-reliance on a single contact "
        + "(Internal cause); 2 warning(s) of the record had announced it.");
  }

  @Test
  void fullAndPartialChurnAreToldApartAndTheKeyAccountsPartialChurnWarnsItsManager() {
    ReportTable churn = table(ENGLISH, "Full and partial churn on 2026-03-02");
    assertThat(churn.rows()).containsExactly(
        List.of("c-005", "Partial churn", "printing", "logistics, office supplies", "2025-12-31"),
        List.of("c-003", "Full churn", "office supplies, printing", "-", "2026-01-31"),
        List.of("c-007", "Retained", "-", "office supplies", "-"));
    assertThat(ENGLISH.takeaway()).endsWith("Of 3 customers using our services, 1 left fully and 1 partially.");
    assertThat(ENGLISH.toHtml(CourseTour.labels(LessonText.of(CourseTour.class, Locale.ENGLISH))))
        .contains("Warning to the account manager of key account c-005: it gave up printing by 2025-12-31");
  }

  @Test
  void withoutTheInterruptionTheTakeawayTellsTheManagerToActOnTheWarnings() {
    List<RelationshipStagesLesson.Step> calm = RelationshipStagesLesson.JOURNEY.subList(0, 5);
    ReportSection section = CourseTour.section(new RelationshipStagesLesson(CourseTour.CLOCK, calm,
        RelationshipStagesLesson.cdnowSample()), Locale.ENGLISH);
    assertThat(section.takeaway()).contains("Key account c-005 is in the Middle stage without an interruption so far; "
        + "the record raises 2 interruption warning(s) to act on now.");
  }

  @Test
  void inChineseTheStagesAndChurnKindsAreTheCourseMaterialsTerms() {
    ReportSection zh = CourseTour.section(new RelationshipStagesLesson(CourseTour.CLOCK), Locale.SIMPLIFIED_CHINESE);
    String html = zh.toHtml(CourseTour.labels(LessonText.of(CourseTour.class, Locale.SIMPLIFIED_CHINESE)));
    assertThat(html).contains("考察期", "成长期", "成熟期", "退化期", "孕育阶段", "初期阶段", "中期阶段",
        "战略合作伙伴阶段", "间断阶段", "客户流失", "客户业务流失", "定期召开大客户服务例会", "内在原因");
    assertThat(zh.takeaway()).startsWith("在 CDNOW 上，校准期末 85.5% 的客户处于退化期，另有 194 位未定");
  }

  @Test
  void theLessonStartsWithItsGoalAndEndsWithTheQuizOfTheMaterial() {
    assertThat(ENGLISH.id()).isEqualTo("relationship-stages");
    assertThat(ENGLISH.question()).startsWith("Quiz (seed 003, question 10)");
  }
}
