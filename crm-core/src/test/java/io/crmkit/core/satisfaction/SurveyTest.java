package io.crmkit.core.satisfaction;

import static io.crmkit.core.satisfaction.ServiceDimension.ATTITUDE;
import static io.crmkit.core.satisfaction.ServiceDimension.INTEGRITY;
import static io.crmkit.core.satisfaction.ServiceDimension.RESPONSIVENESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.validation.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyTest {
  private final SatisfactionModel model = SatisfactionModel.standard(RatingScale.ONE_TO_SEVEN);

  private static SurveyResponse recommend(int score) {
    return SurveyResponse.builder().likelihoodToRecommend(score).build();
  }

  @Test
  void noResponsesSayNoResponsesNeverNaN() {
    SurveyReport report = model.report(model.aggregate(List.of()));

    assertThat(report.nps().value()).isEmpty();
    assertThat(report.csat().describe()).isEqualTo("CSAT: no responses");
    assertThat(report.dimensions()).isEmpty();
    assertThat(report.describe()).isEqualTo("no responses\n");
  }

  @Test
  void npsIsPercentPromotersMinusPercentDetractors() {
    List<SurveyResponse> answers = new ArrayList<>();
    for (int score : new int[] {10, 9, 9, 8, 7, 6, 3, 10, 0, 9}) {
      answers.add(recommend(score));
    }
    // 5 promoters (9-10), 2 passives (7-8), 3 detractors (0-6) of 10: 50% - 30% = 20.
    assertThat(model.report(model.aggregate(answers)).nps().value()).contains(20.0);
  }

  @Test
  void csatIsTheShareOfFourAndFiveAndCesTheMeanEffort() {
    List<SurveyResponse> answers = List.of(
        SurveyResponse.builder().csat(5).effort(2).build(), SurveyResponse.builder().csat(4).effort(3).build(),
        SurveyResponse.builder().csat(2).effort(6).build(), SurveyResponse.builder().csat(3).build());
    SurveyReport report = model.report(model.aggregate(answers));

    assertThat(report.csat().value()).contains(50.0);
    assertThat(report.ces().value()).hasValueSatisfying(v -> assertThat(v).isCloseTo(11 / 3.0, within(1e-12)));
    assertThat(report.ces().answers()).isEqualTo(3);
  }

  @Test
  void theDimensionWithTheLargestWeightedShortfallIsFixedFirst() {
    SatisfactionModel weighted = model.withWeight(INTEGRITY, 3.0);
    List<SurveyResponse> answers = List.of(
        SurveyResponse.of(ServiceEncounter.of(RESPONSIVENESS, 6, 4).with(INTEGRITY, 6, 5)
            .with(ATTITUDE, 5, 6)),
        SurveyResponse.of(ServiceEncounter.of(RESPONSIVENESS, 6, 4).with(INTEGRITY, 7, 6)
            .with(ATTITUDE, 5, 5)));
    SurveyReport report = weighted.report(weighted.aggregate(answers));

    // Responsiveness falls 2 short at weight 1; integrity 1 short at weight 3: integrity first.
    assertThat(report.fixFirst()).extracting(DimensionSummary::dimension).containsExactly(INTEGRITY, RESPONSIVENESS);
    DimensionSummary attitude = report.dimensions().stream().filter(d -> d.dimension().equals(ATTITUDE))
        .findFirst().orElseThrow();
    assertThat(attitude.gap()).isEqualTo(0.5);
    assertThat(attitude.gapSpread()).isEqualTo(0.5);
    assertThat(attitude.outcome()).isEqualTo(SatisfactionOutcome.SATISFIED);
  }

  @Test
  void aSurveyAnswerOffItsScaleIsRejected() {
    assertThatThrownBy(() -> SurveyResponse.builder().likelihoodToRecommend(11).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("surveyResponse.likelihoodToRecommend must lie on the scale 0-10, was 11");
    assertThatThrownBy(() -> SurveyResponse.builder().build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must answer at least one question");
  }

  @Test
  void aggregatingChecksEveryScoreAgainstTheModel() {
    SatisfactionModel fivePoint = SatisfactionModel.standard(RatingScale.ONE_TO_FIVE);
    List<SurveyResponse> sevenPoint = List.of(SurveyResponse.of(ServiceEncounter.of(ATTITUDE, 6, 7)));
    assertThatThrownBy(() -> fivePoint.aggregate(sevenPoint)).isInstanceOf(InvalidValueException.class)
        .hasMessage("expectation[attitude] must lie on the scale 1-5, was 6");
  }
}
