package io.crmkit.core.lifecycle;

import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.validation.Require;
import java.util.EnumSet;
import java.util.Set;

/**
 * What one move of a key-account relationship does, each kind with exactly the facts it needs: an
 * interruption its causes, a manager assignment the manager, a change of contacts the number of
 * contact persons afterwards. The {@link KeyAccountMove} of an action is the key of the
 * {@link KeyAccountWorkflow} table; the {@link KeyAccountEvent} records the action unchanged.
 *
 * <p>Every factory validates its fields and names the wrong one. Immutable and thread-safe.
 */
public sealed interface KeyAccountAction {

  /** The move this action makes. */
  KeyAccountMove move();

  /** OPEN: the account is taken up as a prospect, reached through {@code contactPersons} people. */
  record Open(int contactPersons) implements KeyAccountAction {
    public Open {
      Require.that(contactPersons >= 0, "keyAccountAction.contactPersons", "must not be negative", contactPersons);
    }

    @Override
    public KeyAccountMove move() {
      return KeyAccountMove.OPEN;
    }
  }

  /** START_COOPERATION: the first deals. */
  record StartCooperation() implements KeyAccountAction {
    @Override
    public KeyAccountMove move() {
      return KeyAccountMove.START_COOPERATION;
    }
  }

  /** DEEPEN: regular, broad trade. */
  record Deepen() implements KeyAccountAction {
    @Override
    public KeyAccountMove move() {
      return KeyAccountMove.DEEPEN;
    }
  }

  /** BECOME_PARTNERS: joint business. */
  record BecomePartners() implements KeyAccountAction {
    @Override
    public KeyAccountMove move() {
      return KeyAccountMove.BECOME_PARTNERS;
    }
  }

  /** INTERRUPT: trade stops, for at least one recorded cause. */
  record Interrupt(Set<InterruptionCause> causes) implements KeyAccountAction {
    public Interrupt {
      Require.notNull(causes, "keyAccountAction.causes");
      Require.that(!causes.isEmpty(), "keyAccountAction.causes", "must name at least one cause for INTERRUPT",
          causes);
      causes = Set.copyOf(EnumSet.copyOf(causes));
    }

    @Override
    public KeyAccountMove move() {
      return KeyAccountMove.INTERRUPT;
    }
  }

  /** RESUME: back to the stage the relationship was interrupted in. */
  record Resume() implements KeyAccountAction {
    @Override
    public KeyAccountMove move() {
      return KeyAccountMove.RESUME;
    }
  }

  /** RESTART: build the relationship again from gestation. */
  record Restart() implements KeyAccountAction {
    @Override
    public KeyAccountMove move() {
      return KeyAccountMove.RESTART;
    }
  }

  /** ASSIGN_MANAGER: {@code manager} now owns the relationship on our side. */
  record AssignManager(EmployeeId manager) implements KeyAccountAction {
    public AssignManager {
      Require.notNull(manager, "keyAccountAction.manager");
    }

    @Override
    public KeyAccountMove move() {
      return KeyAccountMove.ASSIGN_MANAGER;
    }
  }

  /**
   * CHANGE_CONTACTS: the customer is now reached through {@code contactPersons} people; {@code
   * keyContactReplaced} when the main contact or the person in charge was replaced.
   */
  record ChangeContacts(int contactPersons, boolean keyContactReplaced) implements KeyAccountAction {
    public ChangeContacts {
      Require.that(contactPersons >= 0, "keyAccountAction.contactPersons", "must not be negative", contactPersons);
    }

    @Override
    public KeyAccountMove move() {
      return KeyAccountMove.CHANGE_CONTACTS;
    }
  }
}
