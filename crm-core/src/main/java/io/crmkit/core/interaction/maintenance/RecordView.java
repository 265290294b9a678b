package io.crmkit.core.interaction.maintenance;

import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.interaction.CommitmentRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The record as a step sees it on a given day: what guards and readiness read. Built by
 * {@link MaintenanceCycles} from a {@link MaintenanceRecord}, the cycle and its clock.
 *
 * <p>Immutable and thread-safe.
 *
 * @param today the day in the clock's zone
 * @param currentFacts how many current profile facts the customer has
 * @param staleFacts the current facts not confirmed within the engine's maximum age
 * @param disputedFacts the current facts the customer disputes
 * @param openCommitments the commitments still open (not yet due, or overdue), in the order made
 * @param lastSatisfaction the latest satisfaction result, from the record or the cycle
 */
public record RecordView(LocalDate today, int currentFacts, List<FactKey> staleFacts, List<FactKey> disputedFacts,
    List<CommitmentRecord> openCommitments, Optional<SatisfactionCheck> lastSatisfaction) {

  /** Copies the lists. */
  public RecordView {
    staleFacts = List.copyOf(staleFacts);
    disputedFacts = List.copyOf(disputedFacts);
    openCommitments = List.copyOf(openCommitments);
  }
}
