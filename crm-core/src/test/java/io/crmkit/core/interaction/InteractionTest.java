package io.crmkit.core.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.validation.InvalidValueException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InteractionTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), SHANGHAI);
  private static final InteractionRecorder RECORDER =
      InteractionRecorder.of(CLOCK, ChannelCatalogue.withHostChannels());
  private static final CustomerId LI = CustomerId.of("C-LI");

  private static Interaction call(String id) {
    return RECORDER.record(InteractionId.of(id), LI, ChannelCode.of("phone"), Initiator.COMPANY,
            Purpose.REGULAR_CHECK_IN, Set.of(ExchangeContent.EMOTION))
        .addStaff(EmployeeId.of("am-wang")).addContactPersons("Li Ming")
        .summary("talked about the daughter's exams").build();
  }

  @Test
  void theRecorderTakesTimeFromTheClockAndClassificationFromTheChannel() {
    Interaction i = call("I-1");
    assertThat(i.occurredAt()).isEqualTo(CLOCK.instant().atZone(SHANGHAI));
    assertThat(i.recordedAt()).isEqualTo(CLOCK.instant());
    assertThat(i.distance()).isEqualTo(Distance.INDIRECT);
    assertThat(i.medium()).isEqualTo(Medium.PERSONAL);
    assertThat(i.accountManager()).contains(EmployeeId.of("am-wang"));
  }

  @Test
  void anInteractionInTheFutureIsRefusedAndNamesTheField() {
    assertThatThrownBy(() -> RECORDER.record(InteractionId.of("I-2"), LI, ChannelCode.of("email"),
            Initiator.COMPANY, Purpose.GENERAL_ENQUIRY, Set.of(ExchangeContent.IDEA))
        .occurredAt(CLOCK.instant().plusSeconds(60).atZone(SHANGHAI)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("interaction.occurredAt must not be in the future");
  }

  @Test
  void anUnknownChannelCodeIsRefusedByName() {
    assertThatThrownBy(() -> ChannelCatalogue.standard().channel("wechat"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("channelCode must be one of the catalogue's channels")
        .hasMessageContaining("'wechat'");
    assertThat(ChannelCatalogue.withHostChannels().channel("wechat").hostDefined()).isTrue();
  }

  @Test
  void theStandardCatalogueHoldsTheCoursesCapabilityComparison() {
    ChannelCatalogue c = ChannelCatalogue.standard();
    assertThat(c.channels()).extracting(ch -> ch.code().value())
        .containsExactly("face-to-face", "letter", "email", "website", "phone");
    assertThat(c.channel("face-to-face").capability()).isEqualTo(
        ChannelCapability.of(Cost.HIGH, Speed.SLIGHTLY_SLOW, Richness.VERY_RICH, Interactivity.STRONG));
    assertThat(c.channel("phone").capability()).isEqualTo(
        ChannelCapability.of(Cost.HIGH, Speed.VERY_FAST, Richness.NOT_RICH, Interactivity.FAIRLY_STRONG));
    assertThat(c.channel("face-to-face").distance()).isEqualTo(Distance.FACE_TO_FACE);
    assertThat(c.channel("website").contactChannel()).isEmpty();
  }

  @Test
  void personalContentNeverReachesToStringAndIsErasable() {
    Interaction i = call("I-3");
    assertThat(i.toString()).doesNotContain("Li Ming").doesNotContain("exams");
    Interaction erased = i.withoutPersonalContent();
    assertThat(erased.summary()).isEmpty();
    assertThat(erased.contactPersons()).isEmpty();
    assertThat(erased.personalContentErased()).isTrue();
  }

  @Test
  void aCorrectionIsTheNextRevisionWithAReason() {
    Interaction first = call("I-4");
    Interaction fixed = RECORDER.correct(first, "wrong purpose").purpose(Purpose.FOLLOW_UP).build();
    assertThat(fixed.revision()).isEqualTo(2);
    InteractionHistory.requireAppendable(Optional.of(first), fixed);
    assertThatThrownBy(() -> InteractionHistory.requireAppendable(Optional.empty(), fixed))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("interaction.revision");
    assertThat(InteractionHistory.of(List.of(fixed, first)).current()).containsExactly(fixed);
  }

  @Test
  void aCommitmentWithoutADueDateIsRefused() {
    assertThatThrownBy(() -> Commitment.of(CommitmentId.of("P-1"), "send the fund leaflet", null))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("commitment.dueOn");
  }

  @Test
  void aPromiseIsResolvedOnceAndAnOverduePromiseIsVisible() {
    Commitment leaflet = Commitment.of(CommitmentId.of("P-1"), "send the fund leaflet",
        LocalDate.of(2026, 3, 12));
    Interaction made = RECORDER.record(InteractionId.of("I-5"), LI, ChannelCode.of("phone"),
        Initiator.COMPANY, Purpose.NEW_PRODUCT_NOTICE, Set.of(ExchangeContent.PRODUCT_SERVICE_INFORMATION))
        .addCommitments(leaflet).build();
    CommitmentLedger ledger = CommitmentLedger.of(List.of(made));
    assertThat(ledger.overdueOn(LocalDate.of(2026, 3, 13))).hasSize(1);
    assertThat(ledger.overdueOn(LocalDate.of(2026, 3, 12))).isEmpty();

    Interaction broken = RECORDER.record(InteractionId.of("I-6"), LI, ChannelCode.of("phone"),
        Initiator.CUSTOMER, Purpose.FOLLOW_UP, Set.of(ExchangeContent.OPINION_OR_SUGGESTION))
        .addResolutions(CommitmentResolution.broken(leaflet.id(), LocalDate.of(2026, 3, 10))).build();
    CommitmentLedger after = CommitmentLedger.of(List.of(made, broken));
    assertThat(after.broken()).hasSize(1);
    assertThatThrownBy(() -> after.requireAllowed(
        CommitmentResolution.kept(leaflet.id(), LocalDate.of(2026, 3, 10))))
        .isInstanceOf(IllegalCommitmentStepException.class)
        .hasMessageContaining("is BROKEN: KEPT is not allowed; allowed are []");
  }
}
