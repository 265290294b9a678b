package io.crmkit.scoring.cooperation;

import com.google.common.collect.Sets;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How a customer behaves in business with us over one period (a year, say), the evidence the
 * 1-2-3-4 principle classifies by: which of our {@link StandardTerm standard terms} they accept as
 * they are, how often they object to the contract, the service or the price, how many conditions of
 * their own they demand, and how many competing brands they compared before buying. Nothing here is
 * money or a rank: a customer's class depends on this record alone.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class CooperationRecord {
  public abstract CustomerId customer();

  /** The standard terms the customer accepts unchanged. */
  public abstract Set<StandardTerm> acceptedTerms();

  /** Objections raised in the period to the contract, the service or the price (异议). */
  @Value.Default
  public int objections() {
    return 0;
  }

  /** Conditions of their own the customer demanded in the period: special details, extra checks. */
  @Value.Default
  public int specialConditions() {
    return 0;
  }

  /** Competing brands the customer compared before deciding (挑选众多品牌). */
  @Value.Default
  public int brandsCompared() {
    return 0;
  }

  public static ImmutableCooperationRecord.Builder builder() {
    return ImmutableCooperationRecord.builder();
  }

  @Value.Check
  protected void check() {
    Require.that(objections() >= 0, "cooperationRecord.objections", "must not be negative", objections());
    Require.that(specialConditions() >= 0, "cooperationRecord.specialConditions", "must not be negative",
        specialConditions());
    Require.that(brandsCompared() >= 0, "cooperationRecord.brandsCompared", "must not be negative",
        brandsCompared());
  }

  /** The standard terms the customer does not accept as they are. */
  public Set<StandardTerm> negotiatedTerms() {
    Set<StandardTerm> away = EnumSet.allOf(StandardTerm.class);
    away.removeAll(acceptedTerms());
    return Sets.immutableEnumSet(away);
  }
}
