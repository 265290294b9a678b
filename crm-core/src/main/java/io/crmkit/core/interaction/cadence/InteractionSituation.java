package io.crmkit.core.interaction.cadence;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customize.ImmutableCustomerSituation;
import io.crmkit.core.interaction.CommitmentOutcome;
import io.crmkit.core.interaction.CommitmentRecord;
import io.crmkit.core.validation.Require;
import java.util.Collection;

/**
 * Fills the interaction facts of a Customize playbook's situation (IDIC step 4 reading step 3): the
 * due state ({@code contact in OVERDUE}), overdue and broken promises ({@code broken-promises >= 1})
 * and the preferred channel ({@code channel in MESSAGING}).
 *
 * <p>Stateless and thread-safe.
 */
public final class InteractionSituation {
  private InteractionSituation() {}

  /** {@code situation} with the facts of {@code customer}'s due line and commitments. */
  public static ImmutableCustomerSituation.Builder applyTo(ImmutableCustomerSituation.Builder situation,
      Customer customer, DueEntry entry, Collection<CommitmentRecord> commitments) {
    Require.notNull(situation, "situation");
    Require.notNull(customer, "customer");
    Require.notNull(entry, "dueEntry");
    Require.notNull(commitments, "commitments");
    long broken = commitments.stream()
        .filter(r -> r.resolution().map(x -> x.outcome() == CommitmentOutcome.BROKEN).orElse(false)).count();
    situation.contactState(entry.state().name()).overduePromises(entry.overduePromises().size())
        .brokenPromises((int) broken);
    customer.contactPreferences().preferredChannels().stream().findFirst()
        .ifPresent(c -> situation.preferredChannel(c.name()));
    return situation;
  }
}
