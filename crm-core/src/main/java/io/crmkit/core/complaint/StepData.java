package io.crmkit.core.complaint;

import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.money.Money;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a step carries besides its note: the cause once judged, the follow-up rating, the new
 * handler, the resume date, the concession's cost, the difficult-customer type. A command brings it;
 * the event records it unchanged.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class StepData {
  /** A step with nothing besides its note. */
  public static final StepData NONE = ImmutableStepData.builder().build();

  public abstract Optional<ComplaintCause> cause();

  /** The follow-up rating of the handling, 1-5. */
  public abstract Optional<Integer> rating();

  /** At follow-up: whether the customer says the problem is solved. */
  public abstract Optional<Boolean> problemSolved();

  public abstract Optional<EmployeeId> newHandler();

  public abstract Optional<Instant> resumeOn();

  public abstract Optional<Money> concessionCost();

  public abstract Optional<DifficultCustomerType> difficultType();

  public static ImmutableStepData.Builder builder() {
    return ImmutableStepData.builder();
  }

  @Value.Check
  protected void check() {
    rating().ifPresent(r -> Require.that(r >= 1 && r <= 5, "complaintCommand.rating", "must be within 1..5", r));
    concessionCost().ifPresent(c -> Require.that(!c.isNegative(), "complaintCommand.concessionCost",
        "must not be negative", c));
  }
}
