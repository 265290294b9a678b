package io.crmkit.core.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static io.crmkit.core.validation.Rejections.rejects;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.crmkit.core.money.Money;
import io.crmkit.core.validation.InvalidValueException;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The value types of satisfaction and expectation management reject bad input naming the field. */
class SatisfactionValidationProperties {


  /** Negative numbers, infinities and NaN. */
  private static Gen<Double> badDoubles() {
    return integers().between(1, 1_000_000_000).map(i -> -i / 1000.0).mix(SourceDSL.arbitrary()
        .pick(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY), 20);
  }

  @Test
  void aScaleRunsUpwards() {
    qt().forAll(integers().between(-100, 100), integers().between(0, 50))
        .checkAssert((max, below) -> rejects(() -> RatingScale.of(max + below, max), "ratingScale.max"));
  }

  @Test
  void everyScoreOffTheScaleIsRejectedWithTheScaleNamed() {
    qt().forAll(integers().all().assuming(s -> s < 1 || s > 7)).checkAssert(s -> {
      rejects(() -> RatingScale.ONE_TO_SEVEN.require(s, "score"), "score");
      assertThatThrownBy(() -> RatingScale.ONE_TO_SEVEN.require(s, "score")).hasMessageContaining("1-7")
          .hasMessageEndingWith("was " + s);
    });
  }

  @Test
  void aToleranceIsFiniteAndNotNegative() {
    qt().forAll(badDoubles()).checkAssert(t -> rejects(() ->
        SatisfactionModel.builder().from(SatisfactionModel.standard(RatingScale.ONE_TO_SEVEN)).tolerance(t).build(),
        "satisfactionModel.tolerance"));
  }

  @Test
  void aWeightIsFiniteAndNotNegative() {
    qt().forAll(badDoubles()).checkAssert(w -> rejects(() ->
        SatisfactionModel.standard(RatingScale.ONE_TO_SEVEN).withWeight(ServiceDimension.IMAGE, w),
        "satisfactionModel.weights[image]"));
  }

  @Test
  void dimensionAndCapabilityKeysAreKebabCase() {
    qt().forAll(strings().ascii().ofLengthBetween(0, 12).assuming(s -> !s.matches("[a-z0-9]+(-[a-z0-9]+)*")))
        .checkAssert(key -> {
          rejects(() -> ServiceDimension.of(key, "Title", "what it is"), "serviceDimension.key");
          rejects(() -> Capability.feature(key, "what it is", true), "capability.key");
        });
  }

  @Test
  void aCompensationClaimIsForAPositiveAmount() {
    qt().forAll(integers().between(-100_000, 0)).checkAssert(cents -> rejects(() -> CompensationClaim.of("damage",
        Money.of(BigDecimal.valueOf(cents, 2), Currency.getInstance("EUR")), LossCause.COMPANY),
        "compensationClaim.amount"));
  }

  @Test
  void aFeatureHasNoLevelAndALevelIsAlwaysOffered() {
    rejects(() -> ImmutableCapability.builder().key("loan-decision").description("loan decision")
        .deliverableLevel(BigDecimal.ONE).build(), "capability");
    rejects(() -> ImmutableCapability.builder().from(Capability.level("loan-decision", "loan decision",
        BigDecimal.ONE, Capability.Direction.LOWER_IS_BETTER, "days")).offered(false).build(), "capability.offered");
  }
}
