package io.crmkit.core.satisfaction;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.validation.Require;
import org.immutables.value.Value;

/**
 * The whole-number scale answers are given on, e.g. 1-7 for SERVQUAL items, 1-5 for CSAT, 0-10 for
 * the recommend question. Both ends are included.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class RatingScale {
  /** The 1-7 scale of SERVQUAL questionnaires. */
  public static final RatingScale ONE_TO_SEVEN = ImmutableRatingScale.of(1, 7);
  /** The 1-5 scale of CSAT. */
  public static final RatingScale ONE_TO_FIVE = ImmutableRatingScale.of(1, 5);
  /** The 0-10 scale of the "would you recommend us" question behind NPS. */
  public static final RatingScale ZERO_TO_TEN = ImmutableRatingScale.of(0, 10);

  @Value.Parameter
  public abstract int min();

  @Value.Parameter
  public abstract int max();

  public static RatingScale of(int min, int max) {
    return ImmutableRatingScale.of(min, max);
  }

  @Value.Check
  protected void check() {
    Require.that(min() < max(), "ratingScale.max", "must be above min " + min(), max());
  }

  /** Whether {@code score} lies on the scale. */
  public boolean contains(int score) {
    return score >= min() && score <= max();
  }

  /**
   * Returns {@code score} if it lies on the scale.
   *
   * @throws InvalidValueException naming {@code field}, the scale and the score otherwise
   */
  public int require(int score, String field) {
    if (!contains(score)) {
      throw new InvalidValueException(field, "must lie on the scale " + this, Integer.toString(score));
    }
    return score;
  }

  @Override
  public String toString() {
    return min() + "-" + max();
  }
}
