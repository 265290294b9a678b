package io.crmkit.core.satisfaction;

import static io.crmkit.core.satisfaction.ServiceDimension.ATTITUDE;
import static io.crmkit.core.satisfaction.ServiceDimension.COMPETENCE;
import static io.crmkit.core.satisfaction.ServiceDimension.IMAGE;
import static io.crmkit.core.satisfaction.ServiceDimension.INTEGRITY;
import static io.crmkit.core.satisfaction.ServiceDimension.RESPONSIVENESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The gap model on the case of a bank branch visit. */
class GapModelTest {
  private final SatisfactionModel standard = SatisfactionModel.standard(RatingScale.ONE_TO_SEVEN);

  /** A customer who came to open a savings account: tidy branch, kind staff, but a long wait and a broken promise. */
  private static ServiceEncounter branchVisit() {
    return ServiceEncounter.of(IMAGE, 5, 6).with(ATTITUDE, 6, 6).with(RESPONSIVENESS, 6, 3)
        .with(COMPETENCE, 6, 6).with(INTEGRITY, 7, 5);
  }

  @Test
  void eachDimensionComparesPerceptionWithExpectation() {
    SatisfactionAssessment a = standard.assess(branchVisit());

    assertThat(a.gaps()).extracting(DimensionGap::gap).containsExactly(1, 0, -3, 0, -2);
    assertThat(a.gaps()).extracting(DimensionGap::outcome).containsExactly(SatisfactionOutcome.SATISFIED,
        SatisfactionOutcome.BASICALLY_SATISFIED, SatisfactionOutcome.DISSATISFIED,
        SatisfactionOutcome.BASICALLY_SATISFIED, SatisfactionOutcome.DISSATISFIED);
  }

  @Test
  void theOverallOutcomeFollowsTheImportanceWeightedGap() {
    assertThat(standard.assess(branchVisit()).weightedGap()).isCloseTo(-0.8, within(1e-12));
    assertThat(standard.assess(branchVisit()).outcome()).isEqualTo(SatisfactionOutcome.DISSATISFIED);

    SatisfactionModel lookAndFeelFirst = SatisfactionModel.builder().putWeight(IMAGE, 10.0)
        .putWeight(ATTITUDE, 1.0).putWeight(RESPONSIVENESS, 0.0).putWeight(COMPETENCE, 1.0)
        .putWeight(INTEGRITY, 0.0).scale(RatingScale.ONE_TO_SEVEN).build();
    assertThat(lookAndFeelFirst.assess(branchVisit()).outcome()).isEqualTo(SatisfactionOutcome.SATISFIED);
  }

  @Test
  void perceptionEqualToExpectationIsBasicallySatisfied() {
    ServiceEncounter asExpected = ServiceEncounter.of(ATTITUDE, 4, 4);
    assertThat(standard.assess(asExpected).outcome()).isEqualTo(SatisfactionOutcome.BASICALLY_SATISFIED);
  }

  @Test
  void aToleranceZoneCountsSmallGapsAsLevel() {
    SatisfactionModel tolerant = SatisfactionModel.builder().from(standard).tolerance(1.0).build();
    ServiceEncounter slightlyBetter = ServiceEncounter.of(ATTITUDE, 4, 5);
    assertThat(standard.assess(slightlyBetter).outcome()).isEqualTo(SatisfactionOutcome.SATISFIED);
    assertThat(tolerant.assess(slightlyBetter).outcome()).isEqualTo(SatisfactionOutcome.BASICALLY_SATISFIED);
  }

  @Test
  void aScoreOffTheScaleNamesTheDimensionTheScaleAndTheValue() {
    ServiceEncounter nine = ServiceEncounter.of(ATTITUDE, 5, 9);
    assertThatThrownBy(() -> standard.assess(nine)).isInstanceOf(InvalidValueException.class)
        .hasMessage("perception[attitude] must lie on the scale 1-7, was 9");
  }

  @Test
  void aDimensionTheModelDoesNotDeclareIsRejected() {
    ServiceDimension parking = ServiceDimension.of("parking", "Parking", "room to park near the branch");
    ServiceEncounter withParking = ServiceEncounter.of(parking, 4, 2);
    assertThatThrownBy(() -> standard.assess(withParking)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("encounter[parking] must be one of the model's dimensions");
  }

  @Test
  void aHostCanDeclareItsOwnDimension() {
    ServiceDimension parking = ServiceDimension.of("parking", "Parking", "room to park near the branch");
    SatisfactionModel withParking = standard.withWeight(parking, 0.5);
    assertThat(withParking.assess(ServiceEncounter.of(parking, 4, 2)).outcome())
        .isEqualTo(SatisfactionOutcome.DISSATISFIED);
  }

  @Test
  void weightsMustBeNonNegativeAndNotAllZero() {
    assertThatThrownBy(() -> SatisfactionModel.builder().putWeight(ATTITUDE, -1.0).scale(RatingScale.ONE_TO_SEVEN)
        .build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("satisfactionModel.weights[attitude] must be finite and not negative");
    assertThatThrownBy(() -> SatisfactionModel.builder().putWeight(ATTITUDE, 0.0).putWeight(IMAGE, 0.0)
        .scale(RatingScale.ONE_TO_SEVEN).build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("satisfactionModel.weights must not all be zero");
  }

  @Test
  void anEncounterRatesTheSameDimensionsForExpectationAndPerception() {
    assertThatThrownBy(() -> ServiceEncounter.builder().putExpectation(ATTITUDE, 4).putPerception(IMAGE, 4).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("serviceEncounter.perceptions");
  }

  @Test
  void theGapTableReadsLikeTheCourseSlide() {
    assertThat(standard.assess(branchVisit()).describe())
        .contains("Responsiveness                  6          3    -3  DISSATISFIED")
        .contains("overall (importance-weighted gap -0.80): DISSATISFIED");
  }
}
