package io.crmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.classification.CustomerClassification;
import io.crmkit.core.customer.classification.CustomerClassifier;
import io.crmkit.core.customer.classification.Demand;
import io.crmkit.core.money.Money;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The tour's customers show the demand classes of the material, each for a reason a student can read. */
class SampleCustomersTest {

  private static Map<String, CustomerClassification> classified() {
    CustomerClassifier classifier = CustomerClassifier.of(Money.of("10000", "EUR"));
    return SampleCustomers.load().stream().collect(Collectors.toMap(c -> c.id().value(),
        (Customer c) -> classifier.classify(c, CourseTour.CLOCK), (a, b) -> a));
  }

  @Test
  void theSampleBaseHoldsTargetPotentialDeadAndNotYetAskedCustomers() {
    Map<String, Demand> demand = classified().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().demand()));

    assertThat(demand).containsEntry("c-001", Demand.TARGET).containsEntry("c-005", Demand.TARGET)
        .containsEntry("c-003", Demand.POTENTIAL).containsEntry("c-008", Demand.POTENTIAL)
        .containsEntry("c-006", Demand.DEAD).containsEntry("c-009", Demand.UNKNOWN);
  }

  @Test
  void theDeadCustomerIsDeadForTheReasonHisAccountManagerRecorded() {
    assertThat(classified().get("c-006").reasons()).contains("demand DEAD: judged by em-ben on 2025-12-01 never to "
        + "need us: sold his restaurant and retired; the plan was for its kitchen");
    assertThat(classified().get("c-003").reasons()).anyMatch(r -> r.startsWith("demand POTENTIAL: the nearest need, "
        + "'a service plan for the second shop she opens in the autumn' by 2026-10-01"));
  }

  @Test
  void everySampleCustomerLoadsOnce() {
    assertThat(SampleCustomers.load().stream().collect(Collectors.toMap(c -> c.id(), Function.identity())))
        .hasSize(9);
  }
}
