package io.crmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.satisfaction.SurveyResponse;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every lesson's takeaway is computed from its data: other data, another takeaway. */
class LessonTakeawaysTest {

  private static String takeaway(Lesson lesson) {
    return Lessons.section(lesson, Locale.ENGLISH).takeaway();
  }

  @Test
  void theDifferentiateTakeawayFollowsTheTransactionLog() {
    String master = takeaway(new DifferentiateLesson());
    String sample = takeaway(new DifferentiateLesson("CDNOW sample", ClvLesson.read()));

    assertThat(master).startsWith("80% of the value comes from 32.6% of the customers");
    assertThat(sample).isNotEqualTo(master)
        .matches("80% of the value comes from \\d+\\.\\d% of the customers, not 20%: the top 20% bring \\d+%.*");
  }

  @Test
  void theSatisfactionTakeawayFollowsTheSurvey() {
    List<SurveyResponse> all = SatisfactionLesson.loadSurvey();
    String twelve = takeaway(new SatisfactionLesson(all));
    String three = takeaway(new SatisfactionLesson(all.subList(0, 3)));

    assertThat(twelve).contains("Timely response lies 2.42 points below the expectation");
    assertThat(three).isNotEqualTo(twelve).contains("points below the expectation");
  }

  @Test
  void theComplaintTakeawayFollowsTheMonthsComplaints() {
    assertThat(takeaway(new ComplaintLesson(CourseTour.CLOCK, 20))).endsWith("Behind 20 complaints stand about 540 "
        + "dissatisfied customers.");
    assertThat(takeaway(new ComplaintLesson(CourseTour.CLOCK, 3))).endsWith("Behind 3 complaints stand about 81 "
        + "dissatisfied customers.");
  }

  @Test
  void theIdentifyTakeawayFollowsTheCustomerBase() {
    List<Customer> withoutOneDuplicate = SampleCustomers.load().stream()
        .filter(c -> !c.id().toString().equals("c-002")).toList();

    assertThat(takeaway(new IdentifyLesson(CourseTour.CLOCK, withoutOneDuplicate)))
        .startsWith("8 records hold 2 duplicate pairs, so the base has 6 customers");
  }

  @Test
  void theTakeawaysReadInChineseToo() {
    assertThat(Lessons.section(new ComplaintLesson(CourseTour.CLOCK), Locale.SIMPLIFIED_CHINESE).takeaway())
        .contains("已结案").contains("约有 540 位不满意的客户");
    assertThat(Lessons.section(new SatisfactionLesson(), Locale.SIMPLIFIED_CHINESE).takeaway())
        .contains("反馈及时性感知比期望低 2.42 分");
  }
}
