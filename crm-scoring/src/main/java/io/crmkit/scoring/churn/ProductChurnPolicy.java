package io.crmkit.scoring.churn;

import io.crmkit.core.validation.Require;

/**
 * When a product counts as lost: after {@code lostAfterDays} days without any activity on it. The
 * product is lost on the day the period runs out (last activity plus {@code lostAfterDays}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param lostAfterDays days without activity after which a product is lost, at least 1
 */
public record ProductChurnPolicy(int lostAfterDays) {
  /** A product unused for 90 days is lost. */
  public static final ProductChurnPolicy DEFAULTS = new ProductChurnPolicy(90);

  public ProductChurnPolicy {
    Require.that(lostAfterDays >= 1, "productChurnPolicy.lostAfterDays", "must be positive", lostAfterDays);
  }
}
