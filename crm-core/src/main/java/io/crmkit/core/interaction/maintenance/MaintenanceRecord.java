package io.crmkit.core.interaction.maintenance;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.interaction.CommitmentLedger;
import io.crmkit.core.interaction.CommitmentRecord;
import io.crmkit.core.validation.Require;
import java.util.Optional;

/**
 * What the customer's record offers a maintenance step: the customer (profile facts, stale and
 * disputed ones), the memo of commitments read from the interactions, and the last satisfaction
 * result known outside the cycle (a survey, a complaint follow-up). The cycle's own re-contacts add
 * their satisfaction results on top.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customer the customer
 * @param commitments the customer's commitment ledger
 * @param lastSatisfaction the last satisfaction result known outside the cycle, if any
 */
public record MaintenanceRecord(Customer customer, CommitmentLedger commitments,
    Optional<SatisfactionCheck> lastSatisfaction) {

  /** Validates; every commitment must be the customer's. */
  public MaintenanceRecord {
    Require.notNull(customer, "maintenanceRecord.customer");
    Require.notNull(commitments, "maintenanceRecord.commitments");
    Require.notNull(lastSatisfaction, "maintenanceRecord.lastSatisfaction");
    for (CommitmentRecord c : commitments.all()) {
      Require.that(c.customer().equals(customer.id()), "maintenanceRecord.commitments",
          "must all be commitments of customer " + customer.id(), c.commitment().id() + " of " + c.customer());
    }
  }

  /** The record of {@code customer} with their ledger and no satisfaction result from outside the cycle. */
  public static MaintenanceRecord of(Customer customer, CommitmentLedger commitments) {
    return new MaintenanceRecord(customer, commitments, Optional.empty());
  }

  /** This record with the last satisfaction result known outside the cycle. */
  public MaintenanceRecord withLastSatisfaction(SatisfactionCheck check) {
    Require.notNull(check, "maintenanceRecord.lastSatisfaction");
    return new MaintenanceRecord(customer, commitments, Optional.of(check));
  }
}
