package io.crmkit.core.satisfaction;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/** Survey data on the standard five dimensions and a 1-7 scale, for every satisfaction property. */
public final class SatisfactionGen {
  private SatisfactionGen() {}

  public static final SatisfactionModel MODEL = SatisfactionModel.builder()
      .putWeight(ServiceDimension.IMAGE, 0.5).putWeight(ServiceDimension.ATTITUDE, 1.0)
      .putWeight(ServiceDimension.RESPONSIVENESS, 2.0).putWeight(ServiceDimension.COMPETENCE, 1.5)
      .putWeight(ServiceDimension.INTEGRITY, 2.0).scale(RatingScale.ONE_TO_SEVEN).tolerance(0.25).build();

  public static Gen<Integer> scores() {
    return integers().between(1, 7);
  }

  public static Gen<ServiceDimension> dimensions() {
    return arbitrary().pick(ServiceDimension.standardFive());
  }

  /** Encounters rating every standard dimension. */
  public static Gen<ServiceEncounter> encounters() {
    return lists().of(scores()).ofSize(10).map(s -> {
      ImmutableServiceEncounter.Builder b = ServiceEncounter.builder();
      List<ServiceDimension> dims = ServiceDimension.standardFive();
      for (int i = 0; i < dims.size(); i++) {
        b.putExpectation(dims.get(i), s.get(2 * i)).putPerception(dims.get(i), s.get(2 * i + 1));
      }
      return b.build();
    });
  }

  /** Responses answering any subset of the questions (at least one). */
  public static Gen<SurveyResponse> responses() {
    return encounters().toOptionals(70).zip(integers().between(1, 5).toOptionals(70),
        integers().between(0, 10).toOptionals(70), integers().between(1, 7).toOptionals(70),
        (e, csat, nps, effort) -> {
          boolean none = e.isEmpty() && csat.isEmpty() && nps.isEmpty() && effort.isEmpty();
          return SurveyResponse.builder().encounter(e).csat(none ? Optional.of(3) : csat)
              .likelihoodToRecommend(nps).effort(effort).build();
        });
  }

  public static Gen<List<SurveyResponse>> surveys() {
    return lists().of(responses()).ofSizeBetween(0, 40);
  }
}
