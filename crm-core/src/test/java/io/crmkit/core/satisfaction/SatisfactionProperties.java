package io.crmkit.core.satisfaction;

import static io.crmkit.core.satisfaction.SatisfactionGen.MODEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The rules of the gap model and of survey aggregation, over generated encounters and surveys. */
class SatisfactionProperties {

  @Test
  void raisingAPerceptionNeverLowersSatisfaction() {
    qt().forAll(SatisfactionGen.encounters(), SatisfactionGen.dimensions(), integers().between(0, 6))
        .checkAssert((encounter, dimension, raise) -> {
          int perceived = Math.min(7, encounter.perceptions().get(dimension) + raise);
          ServiceEncounter better = encounter.with(dimension, encounter.expectations().get(dimension), perceived);
          SatisfactionAssessment before = MODEL.assess(encounter);
          SatisfactionAssessment after = MODEL.assess(better);
          assertThat(after.weightedGap()).isGreaterThanOrEqualTo(before.weightedGap());
          assertThat(after.outcome()).isGreaterThanOrEqualTo(before.outcome());
        });
  }

  @Test
  void raisingAnExpectationNeverRaisesSatisfaction() {
    qt().forAll(SatisfactionGen.encounters(), SatisfactionGen.dimensions(), integers().between(0, 6))
        .checkAssert((encounter, dimension, raise) -> {
          int expected = Math.min(7, encounter.expectations().get(dimension) + raise);
          ServiceEncounter dearer = encounter.with(dimension, expected, encounter.perceptions().get(dimension));
          assertThat(MODEL.assess(dearer).weightedGap()).isLessThanOrEqualTo(MODEL.assess(encounter).weightedGap());
          assertThat(MODEL.assess(dearer).outcome()).isLessThanOrEqualTo(MODEL.assess(encounter).outcome());
        });
  }

  @Test
  void perceptionEqualToExpectationIsAlwaysBasicallySatisfied() {
    qt().forAll(SatisfactionGen.encounters()).checkAssert(encounter -> {
      ServiceEncounter level = ServiceEncounter.builder().expectations(encounter.expectations())
          .perceptions(encounter.expectations()).build();
      SatisfactionAssessment a = MODEL.assess(level);
      assertThat(a.outcome()).isEqualTo(SatisfactionOutcome.BASICALLY_SATISFIED);
      assertThat(a.gaps()).allSatisfy(g -> assertThat(g.outcome()).isEqualTo(SatisfactionOutcome.BASICALLY_SATISFIED));
    });
  }

  @Test
  void npsAlwaysLiesBetweenMinusAndPlusOneHundredAndNothingIsEverNaN() {
    qt().forAll(SatisfactionGen.surveys()).checkAssert(survey -> {
      SurveyReport report = MODEL.report(MODEL.aggregate(survey));
      report.nps().value().ifPresent(v -> assertThat(v).isBetween(-100.0, 100.0));
      report.csat().value().ifPresent(v -> assertThat(v).isBetween(0.0, 100.0));
      report.ces().value().ifPresent(v -> assertThat(v).isBetween(1.0, 7.0));
      for (SurveyMetric m : List.of(report.nps(), report.csat(), report.ces())) {
        assertThat(m.value().isPresent()).isEqualTo(m.answers() > 0);
        m.value().ifPresent(v -> assertThat(v).isNotNaN());
      }
      report.dimensions().forEach(d -> assertThat(d.gapSpread()).isNotNaN().isGreaterThanOrEqualTo(0.0));
    });
  }

  @Test
  void theOrderOfResponsesDoesNotMatter() {
    qt().forAll(SatisfactionGen.surveys()).checkAssert(survey -> {
      List<SurveyResponse> shuffled = new ArrayList<>(survey);
      Collections.shuffle(shuffled, new Random(survey.size()));
      assertThat(MODEL.aggregate(shuffled)).isEqualTo(MODEL.aggregate(survey));
      assertThat(MODEL.report(MODEL.aggregate(shuffled))).isEqualTo(MODEL.report(MODEL.aggregate(survey)));
    });
  }

  @Test
  void mergingTwoAggregatesEqualsAggregatingTheUnion() {
    qt().forAll(SatisfactionGen.surveys(), SatisfactionGen.surveys()).checkAssert((a, b) -> {
      List<SurveyResponse> union = new ArrayList<>(a);
      union.addAll(b);
      assertThat(MODEL.aggregate(a).merge(MODEL.aggregate(b))).isEqualTo(MODEL.aggregate(union));
      assertThat(MODEL.aggregate(a).merge(SurveyAggregate.EMPTY)).isEqualTo(MODEL.aggregate(a));
    });
  }

  @Test
  void theOverallGapIsAWeightedMeanOfTheDimensionGaps() {
    qt().forAll(SatisfactionGen.encounters()).checkAssert(encounter -> {
      SatisfactionAssessment a = MODEL.assess(encounter);
      int min = a.gaps().stream().mapToInt(DimensionGap::gap).min().orElseThrow();
      int max = a.gaps().stream().mapToInt(DimensionGap::gap).max().orElseThrow();
      assertThat(a.weightedGap()).isBetween(min - 1e-9, max + 1e-9);
    });
  }
}
