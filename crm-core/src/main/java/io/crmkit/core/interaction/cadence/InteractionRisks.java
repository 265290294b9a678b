package io.crmkit.core.interaction.cadence;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.RelationshipRisk;
import io.crmkit.core.interaction.CommitmentOutcome;
import io.crmkit.core.interaction.CommitmentRecord;
import io.crmkit.core.interaction.Initiator;
import io.crmkit.core.validation.Require;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The relationship risks of a customer with what the interaction record adds to the structural ones:
 * {@link RelationshipRisk#CONTACT_OVERDUE} when the cadence was not kept,
 * {@link RelationshipRisk#OVERDUE_PROMISE} when a promise is late, and
 * {@link RelationshipRisk#BROKEN_PROMISE} when one of the company's promises was broken.
 *
 * <p>Stateless and thread-safe.
 */
public final class InteractionRisks {
  private InteractionRisks() {}

  /** The risks of {@code customer} given its due line and its commitments. */
  public static Set<RelationshipRisk> of(Customer customer, DueEntry entry, Collection<CommitmentRecord> commitments) {
    Require.notNull(customer, "customer");
    Require.notNull(entry, "dueEntry");
    Require.notNull(commitments, "commitments");
    Require.that(entry.customer().equals(customer.id()), "dueEntry.customer", "must be " + customer.id(),
        entry.customer());
    Set<RelationshipRisk> risks = EnumSet.noneOf(RelationshipRisk.class);
    risks.addAll(customer.relationshipRisks());
    if (entry.state() == DueState.OVERDUE) {
      risks.add(RelationshipRisk.CONTACT_OVERDUE);
    }
    if (!entry.overduePromises().isEmpty()) {
      risks.add(RelationshipRisk.OVERDUE_PROMISE);
    }
    for (CommitmentRecord r : commitments) {
      if (r.commitment().promisedBy() == Initiator.COMPANY
          && r.resolution().map(x -> x.outcome() == CommitmentOutcome.BROKEN).orElse(false)) {
        risks.add(RelationshipRisk.BROKEN_PROMISE);
      }
    }
    return Set.copyOf(risks);
  }
}
