package io.crmkit.core.interaction.maintenance;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.confidentiality.Sensitivity;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.interaction.ChannelCatalogue;
import io.crmkit.core.interaction.ChannelCode;
import io.crmkit.core.interaction.Commitment;
import io.crmkit.core.interaction.CommitmentId;
import io.crmkit.core.interaction.CommitmentLedger;
import io.crmkit.core.interaction.ExchangeContent;
import io.crmkit.core.interaction.Initiator;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.interaction.InteractionId;
import io.crmkit.core.interaction.InteractionRecorder;
import io.crmkit.core.interaction.Purpose;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** A key customer of an account manager, as the maintenance examples and properties use it. */
final class MaintenanceFixtures {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Instant NOV_1_9AM = LocalDate.of(2026, 11, 1).atTime(9, 0).atZone(SHANGHAI).toInstant();
  static final CustomerId HUAXIN = CustomerId.of("C-HX");
  static final EmployeeId CHEN = EmployeeId.of("am-chen");
  static final FactKey FLEET_SIZE = FactKey.of("fleet-size");
  static final FactKey DECISION_MAKER = FactKey.of("decision-maker");
  static final CommitmentId FEE_COMPARISON = CommitmentId.of("P-1");

  private MaintenanceFixtures() {}

  static ProfileFact fact(FactKey key, String value, Instant at) {
    return ProfileFact.builder().key(key).category(FactCategory.BEHAVIORAL).sensitivity(Sensitivity.INTERNAL)
        .content(value).source("visit notes").recordedAt(at).build();
  }

  /** Three facts; the fleet size was last confirmed some 300 days ago and is stale. */
  static Customer huaxin() {
    return Customer.organization(HUAXIN, "Huaxin Logistics")
        .recordFact(fact(FLEET_SIZE, "120 trucks", NOV_1_9AM.minus(Duration.ofDays(300))))
        .recordFact(fact(DECISION_MAKER, "the finance director", NOV_1_9AM.minus(Duration.ofDays(20))))
        .recordFact(fact(FactKey.of("main-route"), "Shanghai to Chengdu", NOV_1_9AM.minus(Duration.ofDays(20))));
  }

  /** The last visit of 20 October, in which the account manager promised a fee comparison by the 30th. */
  static List<Interaction> lastVisit() {
    Clock then = Clock.fixed(LocalDate.of(2026, 10, 20).atTime(16, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
    return List.of(InteractionRecorder.of(then, ChannelCatalogue.standard())
        .record(InteractionId.of("I-1020"), HUAXIN, ChannelCode.of("face-to-face"), Initiator.COMPANY,
            Purpose.REGULAR_CHECK_IN, Set.of(ExchangeContent.PRODUCT_SERVICE_INFORMATION))
        .addStaff(CHEN)
        .addCommitments(Commitment.of(FEE_COMPARISON, "send the fleet-card fee comparison",
            LocalDate.of(2026, 10, 30)))
        .build());
  }

  static MaintenanceRecord record() {
    return MaintenanceRecord.of(huaxin(), CommitmentLedger.of(lastVisit()));
  }
}
