package io.crmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.complaint.Remark;
import io.crmkit.examples.report.ReportSection;
import io.crmkit.scoring.cooperation.CooperationRecord;
import io.crmkit.scoring.cooperation.StandardTerm;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The difficult-customers lesson: the pharmacy case reviewed, the other cases answered, the 1-2-3-4 mix by behaviour. */
class DifficultCustomersLessonTest {

  @Test
  void theSecondPharmacyAssistantPassesAndTheFirstShowsTwoMistakes() {
    ReportSection section = CourseTour.section(new DifficultCustomersLesson(CourseTour.CLOCK), Locale.ENGLISH);

    assertThat(section.takeaway()).isEqualTo("The second assistant passes every check; the first shows 2 mistake(s): "
        + "Lecturing, mocking or doubting the customer, Pointless questions, looking for the customer's faults. Of the "
        + "tour's 6 customers, 4 are premium or normal (focus), 1 fairly difficult (move to normal) and 1 difficult "
        + "(basic service only).");
    assertThat(section.question()).startsWith("Class exercise (seed 001): a beauty salon");
  }

  @Test
  void whenTheSecondAssistantAlsoSaysIDontKnowTheReviewFails() {
    ReportSection section = CourseTour.section(new DifficultCustomersLesson(CourseTour.CLOCK, Map.of(
        "first", DifficultCustomersLesson.PHARMACY.get("first"),
        "second", List.of(Remark.SOOTHE, Remark.PLEAD_IGNORANCE)), DifficultCustomersLesson.BEHAVIOUR), Locale.ENGLISH);

    assertThat(section.takeaway()).startsWith("The second assistant also makes mistakes");
  }

  @Test
  void whenTheDifficultCustomerStartsKeepingToTheContractTheMixFollows() {
    List<CooperationRecord> behaviour = new ArrayList<>(DifficultCustomersLesson.BEHAVIOUR.subList(0, 5));
    behaviour.add(DifficultCustomersLesson.behaviour("c-009", EnumSet.allOf(StandardTerm.class), 0, 0, 6));
    ReportSection section = CourseTour.section(new DifficultCustomersLesson(CourseTour.CLOCK,
        DifficultCustomersLesson.PHARMACY, behaviour), Locale.ENGLISH);

    assertThat(section.takeaway()).endsWith("5 are premium or normal (focus), 1 fairly difficult (move to normal) and "
        + "0 difficult (basic service only).");
  }

  @Test
  void inChineseTheTypesAndClassesAreTheMaterialsTerms() {
    ReportSection section = CourseTour.section(new DifficultCustomersLesson(CourseTour.CLOCK), Locale.SIMPLIFIED_CHINESE);
    String html = section.toHtml(CourseTour.labels(LessonText.of(CourseTour.class, Locale.SIMPLIFIED_CHINESE)));

    assertThat(html).contains("吵嚷型客户").contains("强势型客户").contains("犹豫型客户").contains("挑剔型客户")
        .contains("优质客户").contains("较难缠客户").contains("难缠客户").contains("多做事、少说话");
    assertThat(section.takeaway()).startsWith("第二位营业员通过了全部检查；第一位有 2 处错误");
  }
}
