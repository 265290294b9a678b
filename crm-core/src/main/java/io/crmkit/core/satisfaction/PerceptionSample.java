package io.crmkit.core.satisfaction;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * One perception score on one dimension, without an expectation beside it: what other features
 * report, such as a complaint's follow-up rating of how it was handled, which is a perception of
 * responsiveness and of integrity.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class PerceptionSample {
  public abstract ServiceDimension dimension();

  public abstract int score();

  public abstract RatingScale scale();

  public abstract Instant recordedAt();

  /** Where the sample came from, e.g. "complaint CMP-17 follow-up". */
  public abstract String source();

  @Value.Check
  protected void check() {
    scale().require(score(), "perceptionSample.score[" + dimension() + "]");
    Require.text(source(), "perceptionSample.source");
  }

  /**
   * The perception samples of a complaint's follow-up rating of its handling: one for responsiveness
   * and one for integrity, with the same score.
   */
  public static List<PerceptionSample> fromHandlingRating(int rating, RatingScale scale, Instant at,
      String source) {
    return List.of(
        ImmutablePerceptionSample.builder().dimension(ServiceDimension.RESPONSIVENESS).score(rating).scale(scale)
            .recordedAt(at).source(source).build(),
        ImmutablePerceptionSample.builder().dimension(ServiceDimension.INTEGRITY).score(rating).scale(scale)
            .recordedAt(at).source(source).build());
  }
}
