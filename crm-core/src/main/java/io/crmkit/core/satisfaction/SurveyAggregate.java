package io.crmkit.core.satisfaction;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Many survey responses summed up exactly: per dimension a {@link DimensionTally}, and counts for
 * CSAT, NPS and CES. Aggregates are order-independent and mergeable: aggregating two batches and
 * merging gives exactly the aggregate of both, so branches or partitions can be summed separately.
 * Build one with {@link SatisfactionModel#aggregate}; read it with {@link SatisfactionModel#report}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class SurveyAggregate {
  /** The aggregate of no responses. */
  public static final SurveyAggregate EMPTY = ImmutableSurveyAggregate.builder().responses(0).csatAnswers(0)
      .csatSatisfied(0).npsAnswers(0).promoters(0).detractors(0).effortAnswers(0).effortSum(0).build();

  public abstract long responses();

  /** Tallies per dimension, sorted by dimension key. */
  @Value.NaturalOrder
  public abstract SortedMap<ServiceDimension, DimensionTally> tallies();

  public abstract long csatAnswers();

  /** CSAT answers of 4 or 5. */
  public abstract long csatSatisfied();

  public abstract long npsAnswers();

  /** Recommend answers of 9 or 10. */
  public abstract long promoters();

  /** Recommend answers of 0 to 6. */
  public abstract long detractors();

  public abstract long effortAnswers();

  public abstract long effortSum();

  @Value.Check
  protected void check() {
    Require.that(csatSatisfied() <= csatAnswers() && promoters() + detractors() <= npsAnswers()
        && responses() >= 0 && effortSum() >= effortAnswers(), "surveyAggregate",
        "counts must be consistent", this);
  }

  /** This aggregate with one more response, already checked against the model. */
  SurveyAggregate plus(SurveyResponse response) {
    ImmutableSurveyAggregate.Builder next = ImmutableSurveyAggregate.builder().from(this)
        .responses(responses() + 1);
    Map<ServiceDimension, DimensionTally> tallies = new TreeMap<>(tallies());
    response.encounter().ifPresent(e -> e.expectations().forEach((dimension, expected) ->
        tallies.put(dimension, tallies.getOrDefault(dimension, DimensionTally.EMPTY)
            .plus(expected, e.perceptions().get(dimension)))));
    next.tallies(tallies);
    response.csat().ifPresent(s -> next.csatAnswers(csatAnswers() + 1)
        .csatSatisfied(csatSatisfied() + (s >= 4 ? 1 : 0)));
    response.likelihoodToRecommend().ifPresent(s -> next.npsAnswers(npsAnswers() + 1)
        .promoters(promoters() + (s >= 9 ? 1 : 0)).detractors(detractors() + (s <= 6 ? 1 : 0)));
    response.effort().ifPresent(s -> next.effortAnswers(effortAnswers() + 1).effortSum(effortSum() + s));
    return next.build();
  }

  /** The aggregate of the responses of both. */
  public SurveyAggregate merge(SurveyAggregate other) {
    Require.notNull(other, "other");
    Map<ServiceDimension, DimensionTally> tallies = new TreeMap<>(tallies());
    other.tallies().forEach((d, t) -> tallies.merge(d, t, DimensionTally::plus));
    return ImmutableSurveyAggregate.builder().responses(responses() + other.responses()).tallies(tallies)
        .csatAnswers(csatAnswers() + other.csatAnswers()).csatSatisfied(csatSatisfied() + other.csatSatisfied())
        .npsAnswers(npsAnswers() + other.npsAnswers()).promoters(promoters() + other.promoters())
        .detractors(detractors() + other.detractors()).effortAnswers(effortAnswers() + other.effortAnswers())
        .effortSum(effortSum() + other.effortSum()).build();
  }
}
