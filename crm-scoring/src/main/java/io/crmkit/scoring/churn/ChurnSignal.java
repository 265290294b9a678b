package io.crmkit.scoring.churn;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import org.immutables.value.Value;

/**
 * An early warning that a customer may be leaving, with the rule that raised it and why.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ChurnSignal {
  @Value.Parameter
  public abstract CustomerId customer();

  /** The rule's name, e.g. {@code overdue}, {@code falling-spend}, {@code partial-churn}. */
  @Value.Parameter
  public abstract String rule();

  @Value.Parameter
  public abstract String reason();

  public static ChurnSignal of(CustomerId customer, String rule, String reason) {
    return ImmutableChurnSignal.of(customer, rule, reason);
  }

  @Value.Check
  protected void check() {
    Require.text(rule(), "churnSignal.rule");
    Require.text(reason(), "churnSignal.reason");
  }
}
