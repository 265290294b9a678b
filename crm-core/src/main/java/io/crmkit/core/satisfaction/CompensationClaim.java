package io.crmkit.core.satisfaction;

import io.crmkit.core.money.Money;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import org.immutables.value.Value;

/**
 * A customer's demand for compensation for a loss, and who caused the loss as far as established.
 * A claim for a loss the customer caused is an unreasonable expectation.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class CompensationClaim {
  public abstract String description();

  public abstract Money amount();

  public abstract LossCause lossCause();

  public static CompensationClaim of(String description, Money amount, LossCause cause) {
    return ImmutableCompensationClaim.builder().description(description).amount(amount).lossCause(cause).build();
  }

  @Value.Check
  protected void check() {
    Require.text(description(), "compensationClaim.description");
    Require.that(amount().amount().signum() > 0, "compensationClaim.amount", "must be positive", amount());
  }
}
