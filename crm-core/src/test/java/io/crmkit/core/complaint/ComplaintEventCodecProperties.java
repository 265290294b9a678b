package io.crmkit.core.complaint;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import io.crmkit.core.codec.RecordFormatException;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** A stored complaint event reads back equal, receipt and step data included; damaged bytes are refused. */
class ComplaintEventCodecProperties {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private static Gen<ComplaintEvent> events() {
    return arbitrary().enumValues(ComplaintStep.class).zip(arbitrary().enumValues(ComplaintState.class),
        arbitrary().enumValues(ComplaintState.class), integers().between(1, 10_000), integers().between(0, 127),
        (step, from, to, n, mask) -> {
          ImmutableComplaintEvent.Builder b = ComplaintEvent.builder().sequence(n).step(step)
              .actor(EmployeeId.of("em-" + n % 7)).at(NOW.plusMillis(n * 997L)).fromState(from).toState(to)
              .note("note " + n + " with ünïcödé and 中文");
          if (step == ComplaintStep.RECEIVE) {
            b.receipt(Receipt.builder().complainant(CustomerId.of("c-" + n)).channel(Channel.values()[n % Channel.values().length])
                .whatHappened("the parcel came open").remedyRequested(n % 2 == 0 ? Optional.of("refund") : Optional.empty())
                .severity(ComplaintSeverity.values()[n % ComplaintSeverity.values().length]).build());
          }
          ImmutableStepData.Builder d = StepData.builder();
          if ((mask & 1) != 0) d.cause(ComplaintCause.values()[n % ComplaintCause.values().length]);
          if ((mask & 2) != 0) d.rating(1 + n % 5);
          if ((mask & 4) != 0) d.problemSolved(n % 3 == 0);
          if ((mask & 8) != 0) d.newHandler(EmployeeId.of("em-mei"));
          if ((mask & 16) != 0) d.resumeOn(NOW.plusSeconds(86_400L * (n % 30)));
          if ((mask & 32) != 0) d.concessionCost(Money.of(BigDecimal.valueOf(n, 2), Currency.getInstance("CNY")));
          if ((mask & 64) != 0) d.difficultType(DifficultCustomerType.values()[n % DifficultCustomerType.values().length]);
          return b.data(d.build()).build();
        });
  }

  @Test
  void everyEventReadsBackEqualAfterEncoding() {
    qt().withExamples(500).forAll(events())
        .check(e -> ComplaintEventCodec.decode(ComplaintEventCodec.encode(e)).equals(e));
  }

  @Test
  void everyCutShortEventIsRefusedAsAFormatError() {
    qt().withExamples(200).forAll(events(), integers().between(0, 10_000)).checkAssert((e, cut) -> {
      byte[] bytes = ComplaintEventCodec.encode(e);
      byte[] prefix = Arrays.copyOf(bytes, cut % bytes.length);
      assertThatThrownBy(() -> ComplaintEventCodec.decode(prefix)).isInstanceOf(RecordFormatException.class)
          .hasMessageStartingWith("complaintEvent record: ");
    });
  }
}
