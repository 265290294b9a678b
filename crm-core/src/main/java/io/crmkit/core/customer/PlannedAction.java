package io.crmkit.core.customer;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The next thing we plan to do with the customer and when: the follow-up urgency is computed from it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class PlannedAction {
  @Value.Parameter
  // May name the customer's affairs: stays out of toString.
  @Value.Redacted
  public abstract String description();

  @Value.Parameter
  public abstract LocalDate dueOn();

  public static PlannedAction of(String description, LocalDate dueOn) {
    return ImmutablePlannedAction.of(description, dueOn);
  }

  @Value.Check
  protected void check() {
    Require.text(description(), "plannedAction.description");
  }
}
