package io.crmkit.core.satisfaction;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.validation.Require;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * How a company measures satisfaction: the dimensions it asks about with their importance weights,
 * the scale answers are given on, and the tolerance zone within which perception counts as level
 * with expectation. Assessing an encounter applies the gap model: gap = perception - expectation.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class SatisfactionModel {

  /** Importance weight per declared dimension: non-negative, not all zero. */
  public abstract Map<ServiceDimension, Double> weights();

  public abstract RatingScale scale();

  /** Gaps within +/- this count as level (BASICALLY_SATISFIED); 0 by default. */
  @Value.Default
  public double tolerance() {
    return 0.0;
  }

  /** The five standard dimensions, equally weighted, on {@code scale}, with no tolerance. */
  public static SatisfactionModel standard(RatingScale scale) {
    Map<ServiceDimension, Double> weights = new LinkedHashMap<>();
    ServiceDimension.standardFive().forEach(d -> weights.put(d, 1.0));
    return ImmutableSatisfactionModel.builder().weights(weights).scale(scale).build();
  }

  public static ImmutableSatisfactionModel.Builder builder() {
    return ImmutableSatisfactionModel.builder();
  }

  @Value.Check
  protected void check() {
    Require.that(!weights().isEmpty(), "satisfactionModel.weights", "must declare at least one dimension",
        weights());
    weights().forEach((dimension, w) -> Require.that(w >= 0 && Double.isFinite(w),
        "satisfactionModel.weights[" + dimension + "]", "must be finite and not negative", w));
    Require.that(weights().values().stream().anyMatch(w -> w > 0), "satisfactionModel.weights",
        "must not all be zero", weights());
    Require.that(tolerance() >= 0 && Double.isFinite(tolerance()), "satisfactionModel.tolerance",
        "must be finite and not negative", tolerance());
  }

  /** This model with {@code dimension} declared at {@code weight}, or re-weighted if already declared. */
  public SatisfactionModel withWeight(ServiceDimension dimension, double weight) {
    Require.notNull(dimension, "dimension");
    Map<ServiceDimension, Double> weights = new LinkedHashMap<>(weights());
    weights.put(dimension, weight);
    return builder().from(this).weights(weights).build();
  }

  /** The declared dimensions, in declaration order. */
  public List<ServiceDimension> dimensions() {
    return List.copyOf(weights().keySet());
  }

  /**
   * Checks a dimension is declared and a score lies on the scale.
   *
   * @throws InvalidValueException naming the dimension, the scale and the value
   */
  public void requireScore(ServiceDimension dimension, int score, String what) {
    if (!weights().containsKey(dimension)) {
      throw new InvalidValueException(what + "[" + dimension + "]",
          "must be one of the model's dimensions " + weights().keySet(), dimension.key());
    }
    scale().require(score, what + "[" + dimension + "]");
  }

  /** Assesses an encounter: the gap and outcome per dimension and the importance-weighted overall. */
  public SatisfactionAssessment assess(ServiceEncounter encounter) {
    Require.notNull(encounter, "encounter");
    List<DimensionGap> gaps = new ArrayList<>();
    double weighted = 0;
    double totalWeight = 0;
    for (ServiceDimension dimension : dimensions()) {
      Integer expected = encounter.expectations().get(dimension);
      if (expected == null) {
        continue;
      }
      int perceived = encounter.perceptions().get(dimension);
      requireScore(dimension, expected, "expectation");
      requireScore(dimension, perceived, "perception");
      double weight = weights().get(dimension);
      gaps.add(ImmutableDimensionGap.builder().dimension(dimension).expectation(expected).perception(perceived)
          .weight(weight).outcome(SatisfactionOutcome.of(perceived - expected, tolerance())).build());
      weighted += weight * (perceived - expected);
      totalWeight += weight;
    }
    for (ServiceDimension rated : encounter.expectations().keySet()) {
      if (!weights().containsKey(rated)) {
        throw new InvalidValueException("encounter[" + rated + "]",
            "must be one of the model's dimensions " + weights().keySet(), rated.key());
      }
    }
    Require.that(totalWeight > 0, "encounter", "must rate at least one dimension of positive weight",
        encounter.expectations().keySet());
    double overall = weighted / totalWeight;
    return ImmutableSatisfactionAssessment.builder().gaps(gaps).weightedGap(overall)
        .outcome(SatisfactionOutcome.of(overall, tolerance())).build();
  }

  /**
   * Aggregates survey responses after checking every rated dimension and score against this model.
   * The order of the responses does not matter.
   */
  public SurveyAggregate aggregate(Iterable<SurveyResponse> responses) {
    Require.notNull(responses, "responses");
    SurveyAggregate aggregate = SurveyAggregate.EMPTY;
    for (SurveyResponse response : responses) {
      Require.notNull(response, "responses[]");
      response.encounter().ifPresent(e -> e.expectations().forEach((dimension, expected) -> {
        requireScore(dimension, expected, "expectation");
        requireScore(dimension, e.perceptions().get(dimension), "perception");
      }));
      aggregate = aggregate.plus(response);
    }
    return aggregate;
  }

  /** Reads an aggregate with this model's weights and tolerance. */
  public SurveyReport report(SurveyAggregate aggregate) {
    Require.notNull(aggregate, "aggregate");
    List<DimensionSummary> summaries = new ArrayList<>();
    for (ServiceDimension dimension : dimensions()) {
      DimensionTally t = aggregate.tallies().get(dimension);
      if (t == null || t.count() == 0) {
        continue;
      }
      double n = t.count();
      double meanGap = (t.sumPerception() - t.sumExpectation()) / n;
      double variance = Math.max(0, t.sumSquaredGap() / n - meanGap * meanGap);
      summaries.add(ImmutableDimensionSummary.builder().dimension(dimension).count(t.count())
          .meanExpectation(t.sumExpectation() / n).meanPerception(t.sumPerception() / n).gap(meanGap)
          .gapSpread(Math.sqrt(variance)).weight(weights().get(dimension))
          .outcome(SatisfactionOutcome.of(meanGap, tolerance())).build());
    }
    for (ServiceDimension tallied : aggregate.tallies().keySet()) {
      Require.that(weights().containsKey(tallied), "aggregate.tallies",
          "must only hold the model's dimensions " + weights().keySet(), tallied.key());
    }
    return ImmutableSurveyReport.builder().responses(aggregate.responses()).dimensions(summaries)
        .csat(SurveyMetric.of("CSAT", aggregate.csatAnswers(),
            100.0 * aggregate.csatSatisfied() / Math.max(1, aggregate.csatAnswers())))
        .nps(SurveyMetric.of("NPS", aggregate.npsAnswers(),
            100.0 * (aggregate.promoters() - aggregate.detractors()) / Math.max(1, aggregate.npsAnswers())))
        .ces(SurveyMetric.of("CES", aggregate.effortAnswers(),
            (double) aggregate.effortSum() / Math.max(1, aggregate.effortAnswers())))
        .build();
  }
}
