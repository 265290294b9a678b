package io.crmkit.core.satisfaction;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One customer's answers to a satisfaction survey: expectation and perception per dimension, and
 * any of the standard questions: CSAT (1-5, "how satisfied were you"), the recommend question behind
 * NPS (0-10) and CES (1-7, "how easy was it", lower is easier).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class SurveyResponse {
  /** The scale of the customer-effort question. */
  public static final RatingScale EFFORT_SCALE = RatingScale.of(1, 7);

  public abstract Optional<ServiceEncounter> encounter();

  public abstract Optional<Integer> csat();

  public abstract Optional<Integer> likelihoodToRecommend();

  public abstract Optional<Integer> effort();

  public static ImmutableSurveyResponse.Builder builder() {
    return ImmutableSurveyResponse.builder();
  }

  /** A response that rates only an encounter. */
  public static SurveyResponse of(ServiceEncounter encounter) {
    return builder().encounter(encounter).build();
  }

  @Value.Check
  protected void check() {
    Require.that(encounter().isPresent() || csat().isPresent() || likelihoodToRecommend().isPresent()
        || effort().isPresent(), "surveyResponse", "must answer at least one question", "no answers");
    csat().ifPresent(s -> RatingScale.ONE_TO_FIVE.require(s, "surveyResponse.csat"));
    likelihoodToRecommend().ifPresent(s -> RatingScale.ZERO_TO_TEN.require(s,
        "surveyResponse.likelihoodToRecommend"));
    effort().ifPresent(s -> EFFORT_SCALE.require(s, "surveyResponse.effort"));
  }
}
