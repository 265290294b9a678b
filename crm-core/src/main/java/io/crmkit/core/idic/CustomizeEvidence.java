package io.crmkit.core.idic;

import io.crmkit.core.text.Explanation;
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
        .map(p -> StageAssessment.done(stage(), Explanation.of(IdicReason.CARRY_OUT_PLAN, p)))
        .orElseGet(() -> StageAssessment.explainedMissing(stage(), List.of(Explanation.of(IdicReason.NO_PLAN)),
            Explanation.of(IdicReason.DRAW_UP_PLAN)));
  }
}
