package io.crmkit.scoring.cooperation;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import org.immutables.value.Value;

/**
 * How a customer cooperates: whether they accept our standard contract and price terms, the share
 * of invoices paid on time, and disputes per period. Score = contract (0/1) + price terms (0/1) +
 * on-time share (0..1) - min(1, disputes / 2): 3 is the best partner, -1 the worst.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class CooperationRecord {
  public abstract CustomerId customer();

  public abstract boolean standardContract();

  public abstract boolean standardPriceTerms();

  /** Share of invoices paid on time, 0..1. */
  public abstract double paidOnTimeShare();

  /** Disputes raised per period (a year, say). */
  public abstract double disputesPerPeriod();

  public static ImmutableCooperationRecord.Builder builder() {
    return ImmutableCooperationRecord.builder();
  }

  @Value.Check
  protected void check() {
    Require.that(paidOnTimeShare() >= 0 && paidOnTimeShare() <= 1, "cooperationRecord.paidOnTimeShare",
        "must be within 0..1", paidOnTimeShare());
    Require.that(disputesPerPeriod() >= 0 && Double.isFinite(disputesPerPeriod()),
        "cooperationRecord.disputesPerPeriod", "must be finite and not negative", disputesPerPeriod());
  }

  /** The cooperation score described above. */
  public double score() {
    return (standardContract() ? 1 : 0) + (standardPriceTerms() ? 1 : 0) + paidOnTimeShare()
        - Math.min(1, disputesPerPeriod() / 2);
  }
}
