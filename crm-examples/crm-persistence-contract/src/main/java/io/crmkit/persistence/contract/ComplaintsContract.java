package io.crmkit.persistence.contract;

import static io.crmkit.persistence.contract.ContractFixtures.complaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintEvent;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.complaint.ImmutableComplaintEvent;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.persistence.Complaints;
import io.crmkit.persistence.HistoryConflictException;
import io.crmkit.persistence.VersionConflictException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Complaints} adapter must do with the append-only complaint history. */
public abstract class ComplaintsContract {
  protected Complaints complaints;

  protected abstract Complaints newStore();

  @BeforeEach
  void createStore() {
    complaints = newStore();
  }

  @Test
  void requirement_aHistoryRoundTripsInOrderAndReplaysToTheSameComplaint() {
    Complaint c = complaint("CMP-1");
    complaints.save(c, 0);

    Complaint found = complaints.find(c.id()).orElseThrow();
    assertThat(found).isEqualTo(c);
    assertThat(found.history()).extracting(ComplaintEvent::sequence).containsExactly(1, 2, 3, 4, 5);
    assertThat(found.status()).isEqualTo(c.status());
  }

  @Test
  void requirement_eventsAreAppendedInStepsThatContinueTheHistory() {
    Complaint c = complaint("CMP-2");
    complaints.append(c.id(), 0, c.history().subList(0, 2));
    complaints.append(c.id(), 2, c.history().subList(2, 5));
    assertThat(complaints.find(c.id()).orElseThrow()).isEqualTo(c);
  }

  @Test
  void requirement_aStaleEventCountIsAConflictAndNothingIsWritten() {
    Complaint c = complaint("CMP-3");
    complaints.append(c.id(), 0, c.history().subList(0, 3));
    assertThatThrownBy(() -> complaints.append(c.id(), 2, c.history().subList(2, 5)))
        .isInstanceOf(VersionConflictException.class).hasMessageContaining("expected version 2")
        .hasMessageContaining("stored version is 3");
    assertThat(complaints.find(c.id()).orElseThrow().history()).hasSize(3);
  }

  @Test
  void requirement_aGapInTheHistoryIsRejected() {
    Complaint c = complaint("CMP-4");
    complaints.append(c.id(), 0, c.history().subList(0, 2));
    assertThatThrownBy(() -> complaints.append(c.id(), 2, c.history().subList(3, 5)))
        .isInstanceOf(HistoryConflictException.class).hasMessageContaining("a gap or a rewrite");
  }

  @Test
  void requirement_aRewriteOfAStoredEventIsRejected() {
    Complaint c = complaint("CMP-5");
    complaints.append(c.id(), 0, c.history().subList(0, 3));
    ComplaintEvent forged = ImmutableComplaintEvent.copyOf(c.history().get(3)).withNote("nothing happened");
    ComplaintEvent renumbered = ImmutableComplaintEvent.copyOf(c.history().get(2)).withSequence(4);
    assertThatThrownBy(() -> complaints.append(c.id(), 3, List.of(renumbered)))
        .isInstanceOf(HistoryConflictException.class);
    complaints.append(c.id(), 3, List.of(forged));
    assertThat(complaints.find(c.id()).orElseThrow().history()).hasSize(4);
  }

  @Test
  void requirement_badInputGetsAClearErrorAndWritesNothing() {
    Complaint c = complaint("CMP-6");
    assertThatThrownBy(() -> complaints.find(null)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("complaintId must not be null");
    assertThatThrownBy(() -> complaints.append(c.id(), 0, List.of())).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("events must hold at least one event");
    assertThatThrownBy(() -> complaints.append(c.id(), 0, c.history().subList(1, 3)))
        .isInstanceOf(HistoryConflictException.class);
    assertThat(complaints.find(c.id())).isEmpty();
    assertThat(complaints.stream()).isEmpty();
  }

  @Test
  void requirement_listingPagesThroughEveryComplaint() {
    for (int i = 0; i < 12; i++) {
      complaints.save(complaint(String.format("CMP-%03d", i)), 0);
    }
    assertThat(complaints.stream().map(c -> c.id().value())).hasSize(12).isSorted();
    assertThat(complaints.find(ComplaintId.of("CMP-999"))).isEmpty();
  }
}
