package io.crmkit.scoring.rfm;

import io.crmkit.core.validation.CrmStyle;
import org.immutables.value.Value;

/**
 * One customer's RFM figures and quintile scores (1-5, 5 best): recency in days since the last
 * purchase (fewer is better), frequency in purchases and distinct purchase days, monetary as total
 * and mean per purchase (minor units).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class RfmScores {
  public abstract String customerId();

  public abstract int recencyDays();

  public abstract int purchases();

  public abstract int distinctDays();

  public abstract long totalMinor();

  public abstract long meanMinor();

  public abstract int r();

  public abstract int f();

  public abstract int m();

  /** The segment the rules put the customer in. */
  public abstract String segment();

  /** "R5 F4 M3". */
  public String code() {
    return "R" + r() + " F" + f() + " M" + m();
  }
}
