package io.crmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.examples.report.ReportSection;
import io.crmkit.examples.report.chart.LineChart;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The predicted-value lesson reproduces the CDNOW results and teaches what they mean. */
class ClvLessonTest {
  private static ReportSection section;
  private static String lesson;

  @BeforeAll
  static void runTheLessonOnce() {
    section = Lessons.section(new ClvLesson(), Locale.ENGLISH);
    lesson = Lessons.text(section, Locale.ENGLISH);
  }

  @Test
  void theLessonFitsThePublishedParametersAndExplainsThem() {
    assertThat(lesson).contains("CDNOW sample: 2,357 customers")
        .contains("r=0.2426, alpha=4.4136, a=0.7929, b=2.4259")
        .contains("log-likelihood -9582.4292")
        .contains("buys 0.055 times a week on average")
        .contains("leaves with probability 0.246 on average")
        .contains("p=6.2496, q=3.7442, v=15.4435");
  }

  @Test
  void theTrackingPlotDrawsActualAgainstExpectedCumulativeRepeatPurchases() {
    LineChart tracking = (LineChart) section.charts().get(0);

    assertThat(tracking.series()).hasSize(2);
    assertThat(tracking.series().get(0).points()).hasSize(78);
    assertThat(tracking.series().get(0).points().get(38).y()).isEqualTo(2457);
    assertThat(tracking.series().get(0).points().get(77).y()).isEqualTo(4339);
    assertThat(tracking.text().caption()).startsWith("By week 78: 4,339 actual against");
  }

  @Test
  void theLessonTracksTheForecastAgainstTheHoldout() {
    assertThat(lesson).containsPattern("\\n  0 +1,411 +0\\.237 +0\\.225\\n")
        .containsPattern("00004 +2 +30\\.4 +38\\.9 +0\\.73 +1\\.23");
  }

  @Test
  void theTakeawayComparesTheForecastAndTheTopCustomersByPredictedValueAndByPastSpend() {
    assertThat(section.takeaway()).matches("Over 78 weeks the actual repeat purchases were \\d+\\.\\d% (more|fewer) than "
        + "the model forecast; [0-5] of the top 5 by past spend are among the top 5 by predicted value.*");
  }
}
