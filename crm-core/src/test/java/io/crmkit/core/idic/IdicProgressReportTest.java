package io.crmkit.core.idic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPointKind;
import io.crmkit.core.validation.InvalidValueException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdicProgressReportTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final CustomerId LI = CustomerId.of("c-1");

  private static Customer reachable() {
    return Customer.builder().from(Customer.person(LI, "Li Wei"))
        .addContactPoint(ContactPoint.verified(ContactPointKind.EMAIL, "li.wei@example.com")).build();
  }

  private static InteractEvidence lastContact(Optional<Instant> last, Duration cadence) {
    return InteractEvidence.from(new InteractEvidence.ContactHistory() {
      @Override
      public Optional<Instant> lastContact(CustomerId customer) {
        return last;
      }

      @Override
      public Duration cadence(CustomerId customer) {
        return cadence;
      }
    });
  }

  @Test
  void aReachableCustomerWithoutOpenDuplicatesIsIdentified() {
    IdicProgressReport report = IdicProgressReport.assess(reachable(),
        List.of(IdentifyEvidence.from(id -> false)), CLOCK);

    assertThat(report.stage(IdicStage.IDENTIFY).done()).isTrue();
    assertThat(report.currentStage()).map(StageAssessment::stage).contains(IdicStage.DIFFERENTIATE);
  }

  @Test
  void identifyNamesBothGapsAndTheNextStep() {
    IdicProgressReport report = IdicProgressReport.assess(Customer.person(LI, "Li Wei"),
        List.of(IdentifyEvidence.from(id -> true)), CLOCK);

    StageAssessment identify = report.stage(IdicStage.IDENTIFY);
    assertThat(identify.done()).isFalse();
    assertThat(identify.missing()).containsExactly("no verified contact point", "an open duplicate candidate");
    assertThat(identify.nextStep()).startsWith("verify a contact point");
    // The same gaps on a Chinese screen.
    assertThat(identify.missing(java.util.Locale.SIMPLIFIED_CHINESE)).containsExactly("没有核实过的联系方式", "有未处理的疑似重复记录");
    assertThat(identify.nextStep(java.util.Locale.SIMPLIFIED_CHINESE)).startsWith("核实一种联系方式");
    assertThat(identify.nextStep(java.util.Locale.ENGLISH)).isEqualTo(identify.nextStep());
  }

  @Test
  void differentiateNeedsBothAValueTierAndAPersonalityStyle() {
    StageAssessment onlyTier = IdicProgressReport.assess(reachable(), List.of(
        DifferentiateEvidence.from(id -> Optional.of("key"), id -> Optional.empty())), CLOCK)
        .stage(IdicStage.DIFFERENTIATE);
    StageAssessment both = IdicProgressReport.assess(reachable(), List.of(
        DifferentiateEvidence.from(id -> Optional.of("key"), id -> Optional.of("analytical"))), CLOCK)
        .stage(IdicStage.DIFFERENTIATE);

    assertThat(onlyTier.missing()).containsExactly("no personality style");
    assertThat(both.done()).isTrue();
    assertThat(both.nextStep()).contains("key").contains("analytical");
  }

  @Test
  void interactIsDoneOnlyWithinTheCustomersContactCadence() {
    Duration cadence = Duration.ofDays(30);
    assertThat(IdicProgressReport.assess(reachable(), List.of(lastContact(Optional.of(NOW.minus(cadence)), cadence)),
        CLOCK).stage(IdicStage.INTERACT).done()).isTrue();
    StageAssessment late = IdicProgressReport.assess(reachable(),
        List.of(lastContact(Optional.of(NOW.minus(Duration.ofDays(45))), cadence)), CLOCK).stage(IdicStage.INTERACT);
    assertThat(late.done()).isFalse();
    assertThat(late.missing()).singleElement().asString().contains("15 days beyond the cadence of 30 days");
    assertThat(IdicProgressReport.assess(reachable(), List.of(lastContact(Optional.empty(), cadence)), CLOCK)
        .stage(IdicStage.INTERACT).missing()).containsExactly("no contact recorded");
  }

  @Test
  void customizeIsDoneWithAnActiveTreatmentPlan() {
    IdicProgressReport report = IdicProgressReport.assess(reachable(),
        List.of(CustomizeEvidence.from(id -> Optional.of("quarterly service review"))), CLOCK);
    assertThat(report.stage(IdicStage.CUSTOMIZE).done()).isTrue();
  }

  @Test
  void aStageWithoutAnEvidenceSourceIsReportedAsUnmeasuredNotAsDone() {
    IdicProgressReport report = IdicProgressReport.assess(reachable(), List.of(), CLOCK);

    assertThat(report.stages()).extracting(StageAssessment::stage).containsExactly(IdicStage.values());
    assertThat(report.stages()).allSatisfy(s -> {
      assertThat(s.done()).isFalse();
      assertThat(s.missing()).singleElement().asString().startsWith("no evidence source connected");
      assertThat(s.nextStep(java.util.Locale.ENGLISH)).isEqualTo(s.nextStep())
          .isEqualTo("connect a StageEvidence for " + s.stage().title() + " (" + s.stage().aim() + ")");
    });
    assertThat(report.stage(IdicStage.INTERACT).missing(java.util.Locale.SIMPLIFIED_CHINESE))
        .containsExactly("互动一步没有接入依据来源");
  }

  @Test
  void aNewCapabilityPlugsInThroughItsOwnEvidenceWithoutChangingTheReport() {
    StageEvidence fromElsewhere = new StageEvidence() {
      @Override
      public IdicStage stage() {
        return IdicStage.CUSTOMIZE;
      }

      @Override
      public StageAssessment assess(Customer customer, Instant now) {
        return StageAssessment.done(IdicStage.CUSTOMIZE, "playbook: VIP recognition");
      }
    };
    assertThat(IdicProgressReport.assess(reachable(), List.of(fromElsewhere), CLOCK).stage(IdicStage.CUSTOMIZE)
        .nextStep(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("playbook: VIP recognition");
  }

  @Test
  void twoSourcesForOneStageAreRejected() {
    assertThatThrownBy(() -> IdicProgressReport.assess(reachable(),
        List.of(IdentifyEvidence.from(id -> false), IdentifyEvidence.from(id -> true)), CLOCK))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("at most one source per stage");
  }

  @Test
  void anAssessmentIsDoneExactlyWhenNothingIsMissing() {
    assertThatThrownBy(() -> StageAssessment.missing(IdicStage.IDENTIFY, List.of(), "next"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("stageAssessment.missing");
  }

  @Test
  void theReportDescribesEveryStageInOrder() {
    String text = IdicProgressReport.assess(reachable(), List.of(IdentifyEvidence.from(id -> false)), CLOCK)
        .describe();
    assertThat(text).containsSubsequence("Identify      done", "Differentiate open", "Interact      open",
        "Customize     open");
  }
}
