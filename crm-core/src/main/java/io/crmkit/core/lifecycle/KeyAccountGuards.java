package io.crmkit.core.lifecycle;

import static io.crmkit.core.rule.StepGuard.allow;
import static io.crmkit.core.rule.StepGuard.refuse;

import io.crmkit.core.lifecycle.KeyAccountAction.AssignManager;
import io.crmkit.core.rule.StepGuard;
import io.crmkit.core.validation.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The guards of key-account practice, each a named rule that says no with a plain {@code if};
 * {@link #allCurrentGuards} lists those in force.
 *
 * <ul>
 *   <li>{@code manager-before-cooperation}: no cooperation starts before an account manager is
 *       assigned (choose an experienced manager in gestation: the manager stands for the company).
 *   <li>{@code multi-level-before-partnership}: no strategic partnership while the customer is
 *       reached through fewer than two contact persons (relying on one contact is a great risk; the
 *       relationship must have several levels of contact).
 *   <li>{@code no-frequent-manager-change}: a manager is replaced only after serving at least the
 *       minimum tenure (the customer objects to frequent changes of manager).
 *   <li>{@code handover-to-another}: a new assignment names someone other than the current manager.
 * </ul>
 */
public final class KeyAccountGuards {
  public static final KeyAccountGuard MANAGER_BEFORE_COOPERATION =
      new Guard("manager-before-cooperation", KeyAccountGuards::managerBeforeCooperation);
  public static final KeyAccountGuard MULTI_LEVEL_BEFORE_PARTNERSHIP =
      new Guard("multi-level-before-partnership", KeyAccountGuards::multiLevelBeforePartnership);
  public static final KeyAccountGuard HANDOVER_TO_ANOTHER =
      new Guard("handover-to-another", KeyAccountGuards::handoverToAnother);

  private KeyAccountGuards() {}

  /** All guards of practice, in the order they are asked, with the managers' {@code minimumTenure}. */
  public static List<KeyAccountGuard> allCurrentGuards(Duration minimumTenure) {
    return List.of(MANAGER_BEFORE_COOPERATION, MULTI_LEVEL_BEFORE_PARTNERSHIP, noFrequentManagerChange(minimumTenure),
        HANDOVER_TO_ANOTHER);
  }

  /** {@code no-frequent-manager-change} with how long a manager serves at least before being replaced. */
  public static KeyAccountGuard noFrequentManagerChange(Duration minimumTenure) {
    Duration tenure = Require.positive(minimumTenure, "minimumTenure");
    return new Guard("no-frequent-manager-change", (account, action, now) -> noFrequentManagerChange(account, action,
        now, tenure));
  }

  /** A key-account guard: a name and how it decides. */
  private static final class Guard extends StepGuard<KeyAccount, KeyAccountAction, Instant>
      implements KeyAccountGuard {
    Guard(String name, Decision<KeyAccount, KeyAccountAction, Instant> decision) {
      super(name, decision);
    }
  }

  private static Optional<String> managerBeforeCooperation(KeyAccount account, KeyAccountAction action, Instant now) {
    if (action.move() == KeyAccountMove.START_COOPERATION && account.status().manager().isEmpty()) {
      return refuse("assign an experienced account manager before the first deal");
    }
    return allow();
  }

  private static Optional<String> multiLevelBeforePartnership(KeyAccount account, KeyAccountAction action,
      Instant now) {
    int contacts = account.status().contactPersons();
    if (action.move() == KeyAccountMove.BECOME_PARTNERS && contacts < 2) {
      return refuse("a partnership needs contacts at several levels; the customer is reached through "
          + contacts + " contact person(s)");
    }
    return allow();
  }

  private static Optional<String> noFrequentManagerChange(KeyAccount account, KeyAccountAction action, Instant now,
      Duration minimumTenure) {
    List<Instant> assignments = account.status().managerAssignments();
    if (action.move() == KeyAccountMove.ASSIGN_MANAGER && !assignments.isEmpty()) {
      Instant since = assignments.get(assignments.size() - 1);
      if (since.plus(minimumTenure).isAfter(now)) {
        return refuse("the current manager was assigned at " + since + "; avoid changing managers within "
            + minimumTenure.toDays() + " days");
      }
    }
    return allow();
  }

  private static Optional<String> handoverToAnother(KeyAccount account, KeyAccountAction action, Instant now) {
    if (action instanceof AssignManager assign && account.status().manager().equals(Optional.of(assign.manager()))) {
      return refuse(assign.manager() + " already manages the account");
    }
    return allow();
  }
}
