package io.crmkit.core.loyalty;

import io.crmkit.core.validation.CrmStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The diagnosis of one customer's loyalty: behavioural and emotional loyalty judged separately, the
 * kinds of loyalty found with their reasons, and where the customer sits in the satisfaction-loyalty
 * matrix.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class LoyaltyDiagnosis {
  public abstract boolean behaviorallyLoyal();

  public abstract boolean emotionallyLoyal();

  public abstract boolean satisfied();

  /** Every kind of loyalty the evidence shows, strongest claim first (trust, then the others). */
  public abstract List<LoyaltyFinding> findings();

  public abstract SatisfactionLoyaltyQuadrant quadrant();

  /** A sentence when the evidence leaves something open, e.g. a loyal customer with no known reason. */
  public abstract Optional<String> openQuestion();

  /** The main kind of loyalty, if any was found. */
  public Optional<LoyaltyType> primary() {
    return findings().stream().map(LoyaltyFinding::type).findFirst();
  }
}
