package io.crmkit.core.loyalty;

import io.crmkit.core.satisfaction.RatingScale;
import io.crmkit.core.validation.CrmStyle;
import org.immutables.value.Value;

/**
 * Loyalty as attitude: would the customer recommend us (0-10) and how attached do they feel (1-7).
 * Measured apart from behaviour.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class EmotionalLoyalty {
  /** The scale of the attachment question ("I feel attached to this company"). */
  public static final RatingScale ATTACHMENT_SCALE = RatingScale.ONE_TO_SEVEN;

  @Value.Parameter
  public abstract int likelihoodToRecommend();

  @Value.Parameter
  public abstract int attachment();

  public static EmotionalLoyalty of(int likelihoodToRecommend, int attachment) {
    return ImmutableEmotionalLoyalty.of(likelihoodToRecommend, attachment);
  }

  @Value.Check
  protected void check() {
    RatingScale.ZERO_TO_TEN.require(likelihoodToRecommend(), "emotionalLoyalty.likelihoodToRecommend");
    ATTACHMENT_SCALE.require(attachment(), "emotionalLoyalty.attachment");
  }
}
