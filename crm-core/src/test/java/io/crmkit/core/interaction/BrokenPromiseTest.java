package io.crmkit.core.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.RelationshipRisk;
import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPointKind;
import io.crmkit.core.customize.CustomerSituation;
import io.crmkit.core.customize.ImmutableCustomerSituation;
import io.crmkit.core.customize.Playbook;
import io.crmkit.core.customize.TreatmentPlan;
import io.crmkit.core.idic.StageAssessment;
import io.crmkit.core.interaction.cadence.CadencePolicy;
import io.crmkit.core.interaction.cadence.CadenceTier;
import io.crmkit.core.interaction.cadence.ContactFacts;
import io.crmkit.core.interaction.cadence.DueEntry;
import io.crmkit.core.interaction.cadence.DuePlanner;
import io.crmkit.core.interaction.cadence.InteractionContactHistory;
import io.crmkit.core.interaction.cadence.InteractionRisks;
import io.crmkit.core.interaction.cadence.InteractionSituation;
import io.crmkit.core.interaction.choice.ChannelChooser;
import io.crmkit.core.satisfaction.PerceptionLog;
import io.crmkit.core.satisfaction.RatingScale;
import io.crmkit.core.satisfaction.ServiceDimension;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A broken promise travels from the interaction record to satisfaction, risks, IDIC and Customize. */
class BrokenPromiseTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final EmployeeId WANG = EmployeeId.of("am-wang");
  private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);

  private final Clock clock = Clock.fixed(LocalDate.of(2026, 3, 18).atTime(9, 0).atZone(SHANGHAI).toInstant(),
      SHANGHAI);
  private final InteractionRecorder recorder = InteractionRecorder.of(clock, ChannelCatalogue.withHostChannels());
  private final Customer li = Customer.builder().from(Customer.person(CustomerId.of("C-LI"), "Li Wei")
          .assignAccountManager(WANG, Instant.parse("2025-01-01T00:00:00Z")))
      .addContactPoints(ContactPoint.verified(ContactPointKind.PHONE, "+86 21 5555 0101")).build();

  private List<Interaction> log() {
    Commitment leaflet = Commitment.of(CommitmentId.of("P-1"), "send the bond fund leaflet", MARCH_10.plusDays(3));
    Commitment rate = Commitment.of(CommitmentId.of("P-2"), "confirm the deposit rate", MARCH_10.plusDays(1));
    Interaction promised = recorder.record(InteractionId.of("I-1"), li.id(), ChannelCode.of("phone"),
            Initiator.COMPANY, Purpose.NEW_PRODUCT_NOTICE, Set.of(ExchangeContent.PRODUCT_SERVICE_INFORMATION))
        .occurredAt(MARCH_10.atTime(12, 15).atZone(SHANGHAI)).addStaff(WANG)
        .addCommitments(leaflet, rate).build();
    Interaction complained = recorder.record(InteractionId.of("I-2"), li.id(), ChannelCode.of("phone"),
            Initiator.CUSTOMER, Purpose.FOLLOW_UP, Set.of(ExchangeContent.EMOTION))
        .occurredAt(MARCH_10.plusDays(6).atTime(18, 30).atZone(SHANGHAI)).addStaff(WANG)
        .addResolutions(CommitmentResolution.broken(leaflet.id(), MARCH_10.plusDays(6)),
            CommitmentResolution.kept(rate.id(), MARCH_10.plusDays(1)))
        .summary("the leaflet never came; he is annoyed").build();
    return List.of(promised, complained);
  }

  @Test
  void aBrokenPromiseLowersIntegrityRaisesARiskFailsInteractAndDrivesThePlaybook() {
    List<Interaction> log = log();
    ContactFacts facts = ContactFacts.from(log);
    List<CommitmentRecord> commitments = facts.commitments(li.id());

    // Satisfaction: the kept promise scores 7, the broken one 1, on integrity.
    PerceptionLog perceptions = PerceptionLog.on(RatingScale.ONE_TO_SEVEN);
    for (var sample : CommitmentPerceptions.samples(commitments, RatingScale.ONE_TO_SEVEN, SHANGHAI)) {
      perceptions = perceptions.plus(sample);
    }
    assertThat(perceptions.count(ServiceDimension.INTEGRITY)).isEqualTo(2);
    assertThat(perceptions.mean(ServiceDimension.INTEGRITY)).contains(4.0);

    // Relationship risks: the broken promise is a risk beside the structural ones.
    DuePlanner planner = DuePlanner.of(CadencePolicy.standard(), ChannelChooser.of(ChannelCatalogue.withHostChannels()));
    DueEntry entry = planner.entry(li, CadenceTier.IMPORTANT, LocalDate.of(2026, 3, 18), facts);
    assertThat(InteractionRisks.of(li, entry, commitments)).containsExactly(RelationshipRisk.BROKEN_PROMISE);

    // IDIC: contact is within cadence, yet Interact is not done while the broken promise stands.
    StageAssessment interact = InteractionContactHistory.of(planner, facts, id -> CadenceTier.IMPORTANT)
        .evidence().assess(li, clock.instant());
    assertThat(interact.done()).isFalse();
    assertThat(interact.missing()).containsExactly("promise P-1 broken on 2026-03-16");

    // Customize: the default playbook puts repairing the promise before any sales talk.
    CustomerSituation situation = InteractionSituation.applyTo(
        ImmutableCustomerSituation.builder().customer(li.id()), li, entry, commitments).build();
    assertThat(situation.brokenPromises()).isEqualTo(1);
    TreatmentPlan plan = Playbook.defaults().recommend(situation);
    assertThat(plan.recommendations()).anySatisfy(r -> assertThat(r.rule()).isEqualTo("repair-broken-promise"));
  }

  @Test
  void aKeptRecordWithinCadenceIsInteractDoneWithTheNextContactDate() {
    List<Interaction> first = List.of(log().get(0));
    ContactFacts facts = ContactFacts.from(first);
    DuePlanner planner = DuePlanner.of(CadencePolicy.standard(), ChannelChooser.of(ChannelCatalogue.withHostChannels()));
    StageAssessment early = InteractionContactHistory.of(planner, facts, id -> CadenceTier.IMPORTANT)
        .evidence().assess(li, MARCH_10.atTime(20, 0).atZone(SHANGHAI).toInstant());
    assertThat(early.done()).isTrue();
    // On the 18th both promises are late: the rate (due the 11th) and the leaflet (due the 13th).
    StageAssessment late = InteractionContactHistory.of(planner, facts, id -> CadenceTier.IMPORTANT)
        .evidence().assess(li, clock.instant());
    assertThat(late.missing()).containsExactly("promise P-1 overdue since 2026-03-13",
        "promise P-2 overdue since 2026-03-11");
    assertThat(late.nextStep()).startsWith("follow up by ");
  }
}
