package io.crmkit.core.lifecycle;

import io.crmkit.core.lifecycle.KeyAccountAction.AssignManager;
import io.crmkit.core.rule.NamedRule;
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
  public static final KeyAccountGuard MANAGER_BEFORE_COOPERATION = new ManagerBeforeCooperation();
  public static final KeyAccountGuard MULTI_LEVEL_BEFORE_PARTNERSHIP = new MultiLevelBeforePartnership();
  public static final KeyAccountGuard HANDOVER_TO_ANOTHER = new HandoverToAnother();

  private KeyAccountGuards() {}

  /** All guards of practice, in the order they are asked, with the managers' {@code minimumTenure}. */
  public static List<KeyAccountGuard> allCurrentGuards(Duration minimumTenure) {
    return List.of(MANAGER_BEFORE_COOPERATION, MULTI_LEVEL_BEFORE_PARTNERSHIP, noFrequentManagerChange(minimumTenure),
        HANDOVER_TO_ANOTHER);
  }

  /** {@code no-frequent-manager-change} with how long a manager serves at least before being replaced. */
  public static KeyAccountGuard noFrequentManagerChange(Duration minimumTenure) {
    return new NoFrequentManagerChange(minimumTenure);
  }

  private static final class ManagerBeforeCooperation extends NamedRule implements KeyAccountGuard {
    ManagerBeforeCooperation() {
      super("manager-before-cooperation");
    }

    @Override
    public Optional<String> refusal(KeyAccount account, KeyAccountAction action, Instant now) {
      if (action.move() == KeyAccountMove.START_COOPERATION && account.status().manager().isEmpty()) {
        return Optional.of("assign an experienced account manager before the first deal");
      }
      return Optional.empty();
    }
  }

  private static final class MultiLevelBeforePartnership extends NamedRule implements KeyAccountGuard {
    MultiLevelBeforePartnership() {
      super("multi-level-before-partnership");
    }

    @Override
    public Optional<String> refusal(KeyAccount account, KeyAccountAction action, Instant now) {
      int contacts = account.status().contactPersons();
      if (action.move() == KeyAccountMove.BECOME_PARTNERS && contacts < 2) {
        return Optional.of("a partnership needs contacts at several levels; the customer is reached through "
            + contacts + " contact person(s)");
      }
      return Optional.empty();
    }
  }

  private static final class NoFrequentManagerChange extends NamedRule implements KeyAccountGuard {
    private final Duration minimumTenure;

    NoFrequentManagerChange(Duration minimumTenure) {
      super("no-frequent-manager-change");
      this.minimumTenure = Require.positive(minimumTenure, "minimumTenure");
    }

    @Override
    public Optional<String> refusal(KeyAccount account, KeyAccountAction action, Instant now) {
      List<Instant> assignments = account.status().managerAssignments();
      if (action.move() == KeyAccountMove.ASSIGN_MANAGER && !assignments.isEmpty()) {
        Instant since = assignments.get(assignments.size() - 1);
        if (since.plus(minimumTenure).isAfter(now)) {
          return Optional.of("the current manager was assigned at " + since + "; avoid changing managers within "
              + minimumTenure.toDays() + " days");
        }
      }
      return Optional.empty();
    }
  }

  private static final class HandoverToAnother extends NamedRule implements KeyAccountGuard {
    HandoverToAnother() {
      super("handover-to-another");
    }

    @Override
    public Optional<String> refusal(KeyAccount account, KeyAccountAction action, Instant now) {
      if (action instanceof AssignManager assign && account.status().manager().equals(Optional.of(assign.manager()))) {
        return Optional.of(assign.manager() + " already manages the account");
      }
      return Optional.empty();
    }
  }
}
