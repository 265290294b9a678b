package io.crmkit.core.complaint;

import io.crmkit.core.PropertySize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import io.crmkit.core.codec.RecordFormatException;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.money.Money;
import io.crmkit.core.codec.RecordWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A stored complaint event reads back equal, receipt and the step's own action included; damaged bytes
 * are refused; records of the earlier format still read.
 */
class ComplaintEventCodecProperties {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  static Gen<ComplaintEvent> events() {
    return arbitrary().enumValues(ComplaintStep.class).zip(arbitrary().enumValues(ComplaintState.class),
        arbitrary().enumValues(ComplaintState.class), integers().between(1, 10_000), integers().between(0, 127),
        (step, from, to, n, mask) -> ComplaintEvent.builder().sequence(n).action(action(step, n, mask))
            .actor(EmployeeId.of("em-" + n % 7)).at(NOW.plusMillis(n * 997L)).fromState(from).toState(to)
            .note("note " + n + " with ünïcödé and 中文").build());
  }

  /** The step's own action, its fields drawn from {@code n}; {@code mask} decides whether facts name a cause. */
  private static ComplaintAction action(ComplaintStep step, int n, int mask) {
    ComplaintCause cause = ComplaintCause.values()[n % ComplaintCause.values().length];
    return switch (step) {
      case RECEIVE -> new ComplaintAction.Receive(Receipt.builder().complainant(CustomerId.of("c-" + n))
          .channel(Channel.values()[n % Channel.values().length]).whatHappened("the parcel came open")
          .remedyRequested(n % 2 == 0 ? Optional.of("refund") : Optional.empty())
          .severity(ComplaintSeverity.values()[n % ComplaintSeverity.values().length]).build());
      case RECORD_FACTS -> new ComplaintAction.RecordFacts((mask & 1) != 0 ? Optional.of(cause) : Optional.empty());
      case JUDGE_VALID -> new ComplaintAction.JudgeValid(cause);
      case FOLLOW_UP -> new ComplaintAction.FollowUp(1 + n % 5, n % 3 == 0);
      case CHANGE_HANDLER -> new ComplaintAction.ChangeHandler(EmployeeId.of("em-mei"));
      case SHELVE -> new ComplaintAction.Shelve(NOW.plusSeconds(86_400L * (n % 30)));
      case COMPROMISE -> new ComplaintAction.Compromise(Money.of(BigDecimal.valueOf(n, 2), Currency.getInstance("CNY")));
      case RECORD_REMARK -> new ComplaintAction.RecordRemark(Remark.values()[n % Remark.values().length]);
      case TAG_DIFFICULT_CUSTOMER -> new ComplaintAction.TagDifficultCustomer(
          DifficultCustomerType.values()[n % DifficultCustomerType.values().length]);
      default -> ComplaintAction.of(step);
    };
  }

  /** A record as format 1 wrote it: the envelope, then a presence flag for the receipt and each of seven step fields. */
  private static byte[] formatOne(ComplaintStep step, Optional<ComplaintCause> cause, Optional<Integer> rating,
      Optional<Instant> resumeOn) {
    RecordWriter w = new RecordWriter('E', 1);
    w.writeInt(3).writeEnum(step).writeString("em-lin").writeInstant(NOW).writeEnum(ComplaintState.INVESTIGATING)
        .writeEnum(ComplaintState.INVESTIGATING).writeString("old note");
    w.writeOptional(Optional.empty(), (x, v) -> { }).writeOptional(cause, RecordWriter::writeEnum)
        .writeOptional(rating, RecordWriter::writeInt).writeOptional(Optional.<Boolean>empty(), RecordWriter::writeBoolean)
        .writeOptional(Optional.empty(), (x, v) -> { }).writeOptional(resumeOn, RecordWriter::writeInstant)
        .writeOptional(Optional.empty(), (x, v) -> { }).writeOptional(Optional.empty(), (x, v) -> { });
    return w.toByteArray();
  }

  @Test
  void anEventStoredInTheFormatBeforeTypedActionsStillReads() {
    ComplaintEvent facts = ComplaintEventCodec.decode(formatOne(ComplaintStep.RECORD_FACTS,
        Optional.of(ComplaintCause.DELIVERY), Optional.empty(), Optional.empty()));
    assertThat(facts.action()).isEqualTo(new ComplaintAction.RecordFacts(Optional.of(ComplaintCause.DELIVERY)));
    assertThat(facts.sequence()).isEqualTo(3);
    assertThat(facts.note()).isEqualTo("old note");
    ComplaintEvent shelved = ComplaintEventCodec.decode(formatOne(ComplaintStep.SHELVE, Optional.empty(),
        Optional.empty(), Optional.of(NOW.plusSeconds(86_400))));
    assertThat(shelved.action()).isEqualTo(new ComplaintAction.Shelve(NOW.plusSeconds(86_400)));
    assertThat(ComplaintEventCodec.decode(ComplaintEventCodec.encode(shelved))).isEqualTo(shelved);
  }

  @Test
  void anOldRecordWhoseFieldsDoNotFitItsStepIsRefusedAsAFormatError() {
    assertThatThrownBy(() -> ComplaintEventCodec.decode(formatOne(ComplaintStep.SHELVE, Optional.empty(),
        Optional.empty(), Optional.empty()))).isInstanceOf(RecordFormatException.class)
        .hasMessageContaining("does not fit SHELVE: complaintCommand.resumeOn must be given for SHELVE");
    assertThatThrownBy(() -> ComplaintEventCodec.decode(formatOne(ComplaintStep.JUDGE_VALID,
        Optional.of(ComplaintCause.DELIVERY), Optional.of(4), Optional.empty()))).isInstanceOf(RecordFormatException.class)
        .hasMessageContaining("complaintEvent.data must hold only the fields of JUDGE_VALID");
  }

  @Test
  void everyEventReadsBackEqualAfterEncoding() {
    qt().withExamples(PropertySize.examples(500)).forAll(events())
        .check(e -> ComplaintEventCodec.decode(ComplaintEventCodec.encode(e)).equals(e));
  }

  @Test
  void everyCutShortEventIsRefusedAsAFormatError() {
    qt().withExamples(PropertySize.examples(200)).forAll(events(), integers().between(0, 10_000)).checkAssert((e, cut) -> {
      byte[] bytes = ComplaintEventCodec.encode(e);
      byte[] prefix = Arrays.copyOf(bytes, cut % bytes.length);
      assertThatThrownBy(() -> ComplaintEventCodec.decode(prefix)).isInstanceOf(RecordFormatException.class)
          .hasMessageStartingWith("complaintEvent record: ");
    });
  }
}
