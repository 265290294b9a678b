package io.crmkit.core.idic;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.Require;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Customize is done when an active treatment plan exists for the customer. */
public final class CustomizeEvidence implements StageEvidence {

  /** The active treatment plan for a customer, described in a line. */
  @FunctionalInterface
  public interface TreatmentPlans {
    Optional<String> activePlan(CustomerId customer);
  }

  private final TreatmentPlans plans;

  private CustomizeEvidence(TreatmentPlans plans) {
    this.plans = plans;
  }

  public static CustomizeEvidence from(TreatmentPlans plans) {
    return new CustomizeEvidence(Require.notNull(plans, "treatmentPlans"));
  }

  @Override
  public IdicStage stage() {
    return IdicStage.CUSTOMIZE;
  }

  @Override
  public StageAssessment assess(Customer customer, Instant now) {
    return plans.activePlan(customer.id())
        .map(p -> StageAssessment.done(stage(), "carry out the plan: " + p))
        .orElseGet(() -> StageAssessment.missing(stage(), List.of("no active treatment plan"),
            "draw up a treatment plan from the customer's tier, style and open issues"));
  }
}
