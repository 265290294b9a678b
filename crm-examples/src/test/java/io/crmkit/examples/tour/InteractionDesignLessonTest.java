package io.crmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.examples.report.ReportSection;
import io.crmkit.examples.report.ReportTable;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The interaction-design lesson computes its design, evaluation and cycle, and its takeaway follows them. */
class InteractionDesignLessonTest {

  private static ReportSection section(InteractionDesignLesson lesson, Locale locale) {
    return CourseTour.section(lesson, locale);
  }

  private static List<ReportTable> tables(ReportSection section) {
    return section.blocks().stream().filter(ReportTable.class::isInstance).map(ReportTable.class::cast).toList();
  }

  @Test
  void theTakeawayNamesTheMissedGoalsAndWhyTheKeyCustomerCannotBeContactedYet() {
    ReportSection section = section(new InteractionDesignLesson(CourseTour.CLOCK), Locale.ENGLISH);

    assertThat(section.takeaway()).isEqualTo("The drama club met 2 of 4 goals; missed: the spring-term rehearsal "
        + "room is approved, regulars join the friends' list; the evaluation found 2 new things to design for. c-005 "
        + "cannot be contacted yet (not met: No disputed facts), so the next step is Integrate customer information.");
  }

  @Test
  void withEveryGoalMetAndTheRecordCorrectedTheTakeawayChanges() {
    ReportSection section = section(new InteractionDesignLesson(CourseTour.CLOCK, List.of(5, 1, 45, 70), false),
        Locale.ENGLISH);

    assertThat(section.takeaway()).isEqualTo("The drama club met all 4 goals; the evaluation found 2 new things to "
        + "design for. c-005 is ready for Contact the customer warmly; the agenda must take up P-4.");
  }

  @Test
  void theTablesShowTheDesignItsEvaluationTheCycleAndWhatTheNextContactNeeds() {
    ReportSection section = section(new InteractionDesignLesson(CourseTour.CLOCK), Locale.ENGLISH);
    List<ReportTable> tables = tables(section);

    assertThat(tables).extracting(ReportTable::caption).containsExactly(
        "The objects of the interaction and their expectations", "The goals and their checks",
        "Content, channels and frequency", "Effect evaluation of 2025-10-20", "The maintenance cycle of c-005",
        "What \"Contact the customer warmly\" needs from the record");
    assertThat(tables.get(1).rows()).allSatisfy(row -> assertThat(row.subList(5, 8)).containsOnly("✓"));
    assertThat(tables.get(3).rows()).extracting(row -> row.get(4)).containsExactly("met", "not met", "met", "not met");
    assertThat(tables.get(4).rows()).hasSize(6);
    assertThat(tables.get(5).rows().get(0)).containsExactly("No disputed facts", "required", "✗",
        "disputed: decision-maker; correct or re-verify before contact");
    assertThat(tables.get(5).rows().get(2).get(3)).isEqualTo("1 open: P-4 due 2026-02-27, overdue 3 days");
    assertThat(section.question()).startsWith("Class discussion (seed 001): you lead the school drama club");
  }

  @Test
  void inChineseTheDesignAndTheCycleSpeakTheCourseMaterialsTerms() {
    ReportSection section = section(new InteractionDesignLesson(CourseTour.CLOCK), Locale.SIMPLIFIED_CHINESE);
    String html = section.toHtml(CourseTour.labels(LessonText.of(CourseTour.class, Locale.SIMPLIFIED_CHINESE)));

    assertThat(html).contains("潜在获取期").contains("客户成长期").contains("客户成熟期").contains("具体性")
        .contains("可实现性").contains("时间期限").contains("多样性").contains("非人员互动").contains("客户信息整合")
        .contains("热情接触客户").contains("学工处的老师").contains("热心的观众");
    assertThat(section.takeaway()).startsWith("话剧团实现了 4 个目标中的 2 个；未实现：下学期的排练室获得批准")
        .endsWith("c-005 现在还不能接触（尚未满足：资料无争议），所以下一步是客户信息整合。");
    assertThat(section.question()).startsWith("课堂讨论（材料 001）：假设你是学校话剧团的负责人");
  }
}
