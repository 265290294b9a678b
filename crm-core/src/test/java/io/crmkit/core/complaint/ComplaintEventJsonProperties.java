package io.crmkit.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.crmkit.core.codec.RecordFormatException;
import org.junit.jupiter.api.Test;

/** A complaint event's JSON reads back equal, with the step's own action and nothing else; damage is refused. */
class ComplaintEventJsonProperties {

  @Test
  void everyEventReadsBackEqualFromItsJson() {
    qt().withExamples(500).forAll(ComplaintEventCodecProperties.events())
        .check(e -> ComplaintEventJson.decode(ComplaintEventJson.encode(e)).equals(e));
  }

  @Test
  void theJsonAndTheBinaryRecordHoldTheSameEvent() {
    qt().withExamples(300).forAll(ComplaintEventCodecProperties.events()).checkAssert(e ->
        assertThat(ComplaintEventJson.decode(ComplaintEventJson.encode(e)))
            .isEqualTo(ComplaintEventCodec.decode(ComplaintEventCodec.encode(e))));
  }

  @Test
  void everyCutShortJsonIsRefusedAsAFormatError() {
    qt().withExamples(200).forAll(ComplaintEventCodecProperties.events(), integers().between(0, 10_000))
        .checkAssert((e, cut) -> {
          String json = ComplaintEventJson.encode(e);
          String prefix = json.substring(0, cut % json.length());
          assertThatThrownBy(() -> ComplaintEventJson.decode(prefix)).isInstanceOf(RecordFormatException.class)
              .hasMessageStartingWith("complaintEvent JSON: ");
        });
  }

  @Test
  void anActionThatDoesNotFitItsStepIsRefusedNamingTheStep() {
    ComplaintEvent followUp = ComplaintEvent.builder().sequence(7)
        .action(new ComplaintAction.FollowUp(4, true)).actor(io.crmkit.core.customer.EmployeeId.of("em-lin"))
        .at(java.time.Instant.parse("2026-03-02T09:00:00Z")).fromState(ComplaintState.REMEDY_IMPLEMENTED)
        .toState(ComplaintState.FOLLOWED_UP).note("called back").build();
    String json = ComplaintEventJson.encode(followUp);
    assertThat(json).contains("\"step\":\"FOLLOW_UP\"").contains("\"action\":{\"rating\":4,\"problemSolved\":true}");
    assertThatThrownBy(() -> ComplaintEventJson.decode(json.replace("\"rating\":4", "\"rating\":9")))
        .isInstanceOf(RecordFormatException.class).hasMessageStartingWith("complaintEvent JSON: action does not fit FOLLOW_UP");
  }
}
