package io.crmkit.core.loyalty;

import io.crmkit.core.satisfaction.SatisfactionOutcome;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What we know about one customer's loyalty: behaviour, attitude, satisfaction, whether they have
 * alternatives, any personal tie, and what switching would cost them.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class LoyaltyEvidence {
  public abstract BehavioralLoyalty behavior();

  public abstract EmotionalLoyalty emotion();

  /** The customer's current satisfaction outcome (from the gap model). */
  public abstract SatisfactionOutcome satisfaction();

  /** Whether the customer could buy the same elsewhere. */
  public abstract boolean alternativesAvailable();

  /** A personal tie that keeps the customer, e.g. "daughter works at the branch". */
  public abstract Optional<String> personalTie();

  public abstract SwitchingCost switchingCost();

  public static ImmutableLoyaltyEvidence.Builder builder() {
    return ImmutableLoyaltyEvidence.builder();
  }

  @Value.Check
  protected void check() {
    personalTie().ifPresent(t -> Require.text(t, "loyaltyEvidence.personalTie"));
  }
}
