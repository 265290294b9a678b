package io.crmkit.core.lifecycle;

import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.validation.Require;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a key account's history implies: the stage, the stage an interruption left, the account
 * manager and when each manager was assigned, the number of contact persons and when the key contact
 * last changed, and every interruption. Folded from the events, so it cannot disagree with them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param stage the current stage
 * @param interruptedFrom while INTERRUPTED, the stage the relationship was in
 * @param manager the account manager, if one was assigned
 * @param managerAssignments when each manager assignment was made, oldest first
 * @param contactPersons how many contact persons reach the customer
 * @param keyContactReplacedAt when the key contact was last replaced
 * @param interruptions every interruption, oldest first
 */
public record KeyAccountStatus(KeyAccountStage stage, Optional<KeyAccountStage> interruptedFrom,
    Optional<EmployeeId> manager, List<Instant> managerAssignments, int contactPersons,
    Optional<Instant> keyContactReplacedAt, List<Interruption> interruptions) {
  public KeyAccountStatus {
    Require.notNull(stage, "keyAccountStatus.stage");
    Require.notNull(interruptedFrom, "keyAccountStatus.interruptedFrom");
    Require.notNull(manager, "keyAccountStatus.manager");
    managerAssignments = List.copyOf(Require.notNull(managerAssignments, "keyAccountStatus.managerAssignments"));
    Require.that(contactPersons >= 0, "keyAccountStatus.contactPersons", "must not be negative", contactPersons);
    Require.notNull(keyContactReplacedAt, "keyAccountStatus.keyContactReplacedAt");
    interruptions = List.copyOf(Require.notNull(interruptions, "keyAccountStatus.interruptions"));
  }

  /** The status the events imply; the events must start with OPEN and follow the table. */
  static KeyAccountStatus fold(List<KeyAccountEvent> events) {
    KeyAccountStage stage = KeyAccountStage.GESTATION;
    Optional<KeyAccountStage> interruptedFrom = Optional.empty();
    Optional<EmployeeId> manager = Optional.empty();
    List<Instant> assignments = new ArrayList<>();
    int contacts = 0;
    Optional<Instant> replaced = Optional.empty();
    List<Interruption> interruptions = new ArrayList<>();
    for (KeyAccountEvent e : events) {
      KeyAccountAction a = e.action();
      if (a instanceof KeyAccountAction.Open open) {
        contacts = open.contactPersons();
      } else if (a instanceof KeyAccountAction.Interrupt interrupt) {
        interruptedFrom = Optional.of(stage);
        interruptions.add(new Interruption(e.at(), stage, interrupt.causes(), Optional.empty(), Optional.empty()));
      } else if (a.move() == KeyAccountMove.RESUME || a.move() == KeyAccountMove.RESTART) {
        interruptedFrom = Optional.empty();
        int last = interruptions.size() - 1;
        interruptions.set(last, interruptions.get(last).endedBy(a.move(), e.at()));
      } else if (a instanceof KeyAccountAction.AssignManager assign) {
        manager = Optional.of(assign.manager());
        assignments.add(e.at());
      } else if (a instanceof KeyAccountAction.ChangeContacts change) {
        contacts = change.contactPersons();
        if (change.keyContactReplaced()) {
          replaced = Optional.of(e.at());
        }
      }
      stage = e.to();
    }
    return new KeyAccountStatus(stage, interruptedFrom, manager, assignments, contacts, replaced, interruptions);
  }
}
