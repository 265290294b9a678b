package io.crmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The predicted-value lesson reproduces the CDNOW results and teaches what they mean. */
class ClvLessonTest {

  private static String run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new ClvLesson().run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theLessonFitsThePublishedParametersAndExplainsThem() {
    String lesson = run();
    assertThat(lesson).contains("CDNOW sample: 2,357 customers")
        .contains("BG/NBD fit: r=0.2426, alpha=4.4136, a=0.7929, b=2.4259")
        .contains("log-likelihood -9582.4292")
        .contains("buys 0.055 times a week on average")
        .contains("leaves with probability 0.246 on average")
        .contains("Gamma-Gamma fit: p=6.2496, q=3.7442, v=15.4435");
  }

  @Test
  void theLessonTracksTheForecastAgainstTheHoldout() {
    String lesson = run();
    assertThat(lesson).contains("    39    2457")
        .contains("    78    4339")
        .contains("0          1411    0.237     0.225")
        .contains("customer 00004: 2 repeat purchases, last in week 30.4 of 38.9 -> P(alive) 0.73");
  }

  @Test
  void theLessonComparesTopCustomersByPredictedValueAndByPastSpend() {
    String lesson = run();
    assertThat(lesson).contains("Top 5 by predicted 12-month value").contains("of the top 5 by past spend are in the top 5");
  }

  @Test
  void theTourIncludesTheLesson() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CourseTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains(": Predicted customer value (IDIC 2)");
  }
}
