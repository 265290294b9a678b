package io.crmkit.core.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.validation.InvalidValueException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hook the complaint workflow uses: a follow-up rating of the handling is a perception sample. */
class PerceptionSampleTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void aHandlingRatingIsAPerceptionOfResponsivenessAndIntegrity() {
    List<PerceptionSample> samples = PerceptionSample.fromHandlingRating(4, RatingScale.ONE_TO_FIVE, AT,
        "complaint CMP-17 follow-up");

    assertThat(samples).extracting(PerceptionSample::dimension)
        .containsExactly(ServiceDimension.RESPONSIVENESS, ServiceDimension.INTEGRITY);
    assertThat(samples).allSatisfy(s -> assertThat(s.score()).isEqualTo(4));
  }

  @Test
  void aSinkCollectsWhatTheWorkflowSends() {
    List<PerceptionSample> received = new ArrayList<>();
    PerceptionSink sink = received::add;
    PerceptionSample.fromHandlingRating(2, RatingScale.ONE_TO_FIVE, AT, "complaint CMP-18 follow-up")
        .forEach(sink::accept);
    assertThat(received).hasSize(2);
  }

  @Test
  void aPerceptionLogKeepsExactMeansPerDimension() {
    PerceptionLog log = PerceptionLog.on(RatingScale.ONE_TO_FIVE);
    for (int rating : new int[] {5, 2, 4}) {
      for (PerceptionSample s : PerceptionSample.fromHandlingRating(rating, RatingScale.ONE_TO_FIVE, AT, "follow-up")) {
        log = log.plus(s);
      }
    }
    assertThat(log.mean(ServiceDimension.RESPONSIVENESS)).contains(11 / 3.0);
    assertThat(log.count(ServiceDimension.INTEGRITY)).isEqualTo(3);
    assertThat(log.mean(ServiceDimension.IMAGE)).isEmpty();
  }

  @Test
  void aSampleOnAnotherScaleDoesNotMixIn() {
    PerceptionSample sevenPoint = PerceptionSample.fromHandlingRating(6, RatingScale.ONE_TO_SEVEN, AT, "survey").get(0);
    assertThatThrownBy(() -> PerceptionLog.on(RatingScale.ONE_TO_FIVE).plus(sevenPoint))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("sample.scale must be the log's scale 1-5");
  }

  @Test
  void aRatingOffItsScaleNamesTheDimension() {
    assertThatThrownBy(() -> PerceptionSample.fromHandlingRating(6, RatingScale.ONE_TO_FIVE, AT, "follow-up"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("perceptionSample.score[responsiveness] must lie on the scale 1-5, was 6");
  }
}
