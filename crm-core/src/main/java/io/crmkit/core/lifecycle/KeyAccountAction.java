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

  /** The move this action makes: the key of the workflow table, one per kind (see {@link KeyAccountActionMoves}). */
  default KeyAccountMove move() {
    return KeyAccountActionMoves.of(this);
  }

  /** Fails naming {@code field} unless it was given. */
  private static <T> T given(T value, String field) {
    return Require.notNull(value, "keyAccountAction." + field);
  }

  /** Fails unless a number of contact persons is zero or more. */
  private static int requireContactPersons(int count) {
    Require.that(count >= 0, "keyAccountAction.contactPersons", "must not be negative", count);
    return count;
  }

  /** OPEN: the account is taken up as a prospect, reached through {@code contactPersons} people. */
  record Open(int contactPersons) implements KeyAccountAction {
    public Open {
      requireContactPersons(contactPersons);
    }
  }

  /** START_COOPERATION: the first deals. */
  record StartCooperation() implements KeyAccountAction {}

  /** DEEPEN: regular, broad trade. */
  record Deepen() implements KeyAccountAction {}

  /** BECOME_PARTNERS: joint business. */
  record BecomePartners() implements KeyAccountAction {}

  /** INTERRUPT: trade stops, for at least one recorded cause. */
  record Interrupt(Set<InterruptionCause> causes) implements KeyAccountAction {
    public Interrupt {
      given(causes, "causes");
      Require.that(!causes.isEmpty(), "keyAccountAction.causes", "must name at least one cause for INTERRUPT",
          causes);
      causes = Set.copyOf(EnumSet.copyOf(causes));
    }
  }

  /** RESUME: back to the stage the relationship was interrupted in. */
  record Resume() implements KeyAccountAction {}

  /** RESTART: build the relationship again from gestation. */
  record Restart() implements KeyAccountAction {}

  /** ASSIGN_MANAGER: {@code manager} now owns the relationship on our side. */
  record AssignManager(EmployeeId manager) implements KeyAccountAction {
    public AssignManager {
      given(manager, "manager");
    }
  }

  /**
   * CHANGE_CONTACTS: the customer is now reached through {@code contactPersons} people; {@code
   * keyContactReplaced} when the main contact or the person in charge was replaced.
   */
  record ChangeContacts(int contactPersons, boolean keyContactReplaced) implements KeyAccountAction {
    public ChangeContacts {
      requireContactPersons(contactPersons);
    }
  }
}
