package io.crmkit.core.complaint;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * The complaint iceberg: complaints are the tip. By the figures usually quoted in CRM teaching only
 * about 1 in 27 dissatisfied customers complains, and 70-90% of complainants who are satisfied with
 * how the complaint was handled stay. Both parameters are stated and changeable.
 *
 * <p>Estimated dissatisfied = complaints / complaining share; expected to stay = complainants
 * satisfied with the handling x retention.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class IcebergCalculator {
  /** 1 in 27 complain; 80% of those satisfied with the handling stay (the middle of 70-90%). */
  public static final IcebergCalculator TEXTBOOK = ImmutableIcebergCalculator.builder().build();

  /** The share of dissatisfied customers who complain. */
  @Value.Default
  public double complainingShare() {
    return 1.0 / 27;
  }

  /** The share of complainants satisfied with the handling who stay customers. */
  @Value.Default
  public double retentionWhenHandledWell() {
    return 0.8;
  }

  @Value.Check
  protected void check() {
    Require.that(complainingShare() > 0 && complainingShare() <= 1, "icebergCalculator.complainingShare",
        "must be within (0, 1]", complainingShare());
    Require.that(retentionWhenHandledWell() >= 0 && retentionWhenHandledWell() <= 1,
        "icebergCalculator.retentionWhenHandledWell", "must be within 0..1", retentionWhenHandledWell());
  }

  /** How many dissatisfied customers stand behind {@code complaints} complaints (rounded). */
  public long estimatedDissatisfied(long complaints) {
    Require.that(complaints >= 0, "complaints", "must not be negative", complaints);
    return Math.round(complaints / complainingShare());
  }

  /** How many of {@code handledWell} complainants satisfied with the handling are expected to stay (rounded). */
  public long expectedToStay(long handledWell) {
    Require.that(handledWell >= 0, "handledWell", "must not be negative", handledWell);
    return Math.round(handledWell * retentionWhenHandledWell());
  }

  /** The iceberg in words, with the parameters stated. */
  public String describe(long complaints, long handledWell) {
    long dissatisfied = estimatedDissatisfied(complaints);
    return String.format(Locale.ROOT, "%d complaints suggest about %d dissatisfied customers (%d silent), "
        + "assuming 1 in %.0f complains; of %d complainants satisfied with the handling, about %d stay "
        + "(assuming %.0f%% retention)", complaints, dissatisfied, dissatisfied - complaints,
        1 / complainingShare(), handledWell, expectedToStay(handledWell), 100 * retentionWhenHandledWell());
  }
}
