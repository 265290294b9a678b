package io.crmkit.scoring.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.validation.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The limits of a lifecycle policy and of one customer's activity, each at its edge: the smallest
 * value that is allowed and the first that is refused, by name.
 */
class LifecyclePolicyBoundariesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private static void refused(Runnable call, String field) {
    assertThatThrownBy(call::run).isInstanceOf(InvalidValueException.class).hasMessageStartingWith(field + " ");
  }

  @Test
  void aPolicyAllowsItsSmallestSensibleValuesAndRefusesTheFirstBeyond() {
    LifecyclePolicy tightest = new LifecyclePolicy(1, 0, 0, 1, 0.01, 1, 0.01, 0);
    assertThat(tightest.windowDays()).isEqualTo(1);
    refused(() -> new LifecyclePolicy(0, 91, 182, 182, 0.20, 2, 0.30, 0.15), "lifecyclePolicy.windowDays");
    refused(() -> new LifecyclePolicy(91, -1, 182, 182, 0.20, 2, 0.30, 0.15), "lifecyclePolicy.explorationTenureDays");
    assertThat(new LifecyclePolicy(91, 91, 91, 182, 0.20, 2, 0.30, 0.15).maturityTenureDays()).isEqualTo(91);
    refused(() -> new LifecyclePolicy(91, 91, 90, 182, 0.20, 2, 0.30, 0.15), "lifecyclePolicy.maturityTenureDays");
    refused(() -> new LifecyclePolicy(91, 91, 182, 0, 0.20, 2, 0.30, 0.15), "lifecyclePolicy.lapsedAfterDays");
    refused(() -> new LifecyclePolicy(91, 91, 182, 182, 0, 2, 0.30, 0.15), "lifecyclePolicy.growthRise");
    refused(() -> new LifecyclePolicy(91, 91, 182, 182, Double.POSITIVE_INFINITY, 2, 0.30, 0.15),
        "lifecyclePolicy.growthRise");
    refused(() -> new LifecyclePolicy(91, 91, 182, 182, 0.20, 0, 0.30, 0.15), "lifecyclePolicy.growthPurchases");
    refused(() -> new LifecyclePolicy(91, 91, 182, 182, 0.20, 2, 0, 0.15), "lifecyclePolicy.declineDrop");
    refused(() -> new LifecyclePolicy(91, 91, 182, 182, 0.20, 2, 1, 0.15), "lifecyclePolicy.declineDrop");
    refused(() -> new LifecyclePolicy(91, 91, 182, 182, 0.20, 2, 0.30, -0.01), "lifecyclePolicy.steadyBand");
    refused(() -> new LifecyclePolicy(91, 91, 182, 182, 0.20, 2, 0.30, 0.20), "lifecyclePolicy.steadyBand");
    refused(() -> new LifecyclePolicy(91, 91, 182, 182, 0.40, 2, 0.30, 0.30), "lifecyclePolicy.steadyBand");
  }

  @Test
  void anActivityIsOneThatCouldHaveHappened() {
    CustomerActivity first = new CustomerActivity("c-1", DAY, 0, 0, 1, 0, 0, 1, 0, 1, 2);
    assertThat(first.purchases()).isEqualTo(1);
    refused(() -> new CustomerActivity(" ", DAY, 0, 0, 1, 0, 0, 1, 0, 1, 2), "customerActivity.customer");
    refused(() -> new CustomerActivity("c-1", null, 0, 0, 1, 0, 0, 1, 0, 1, 2), "customerActivity.asOf");
    refused(() -> new CustomerActivity("c-1", DAY, -1, 0, 1, 0, 0, 1, 0, 1, 2), "customerActivity.tenureDays");
    refused(() -> new CustomerActivity("c-1", DAY, 10, 11, 1, 0, 0, 1, 0, 1, 2), "customerActivity.daysSinceLast");
    refused(() -> new CustomerActivity("c-1", DAY, 10, -1, 1, 0, 0, 1, 0, 1, 2), "customerActivity.daysSinceLast");
    refused(() -> new CustomerActivity("c-1", DAY, 10, 0, 0, 0, 0, 0, 0, 1, 2), "customerActivity.purchases");
    refused(() -> new CustomerActivity("c-1", DAY, 10, 0, 1, -1, 0, 1, 0, 1, 2), "customerActivity.spend");
    refused(() -> new CustomerActivity("c-1", DAY, 10, 0, 1, 0, -1, 1, 0, 1, 2), "customerActivity.spend");
    refused(() -> new CustomerActivity("c-1", DAY, 10, 0, 2, 0, 0, 2, 1, 1, 2), "customerActivity.purchasesLast");
    refused(() -> new CustomerActivity("c-1", DAY, 10, 0, 2, 0, 0, -1, 0, 1, 2), "customerActivity.purchasesLast");
    refused(() -> new CustomerActivity("c-1", DAY, 10, 0, 2, 0, 0, 0, -1, 1, 2), "customerActivity.purchasesLast");
    refused(() -> new CustomerActivity("c-1", DAY, 10, 0, 1, 0, 0, 1, 0, 0, 2), "customerActivity.windowDays");
  }
}
