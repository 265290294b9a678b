package io.crmkit.core.lifecycle;

import io.crmkit.core.lifecycle.KeyAccountAction.AssignManager;
import io.crmkit.core.lifecycle.KeyAccountAction.BecomePartners;
import io.crmkit.core.lifecycle.KeyAccountAction.ChangeContacts;
import io.crmkit.core.lifecycle.KeyAccountAction.Deepen;
import io.crmkit.core.lifecycle.KeyAccountAction.Interrupt;
import io.crmkit.core.lifecycle.KeyAccountAction.Open;
import io.crmkit.core.lifecycle.KeyAccountAction.Restart;
import io.crmkit.core.lifecycle.KeyAccountAction.Resume;
import io.crmkit.core.lifecycle.KeyAccountAction.StartCooperation;
import java.util.Map;

/** The move each kind of {@link KeyAccountAction} makes, listed once. */
final class KeyAccountActionMoves {
  private static final Map<Class<? extends KeyAccountAction>, KeyAccountMove> MOVES = Map.of(
      Open.class, KeyAccountMove.OPEN,
      StartCooperation.class, KeyAccountMove.START_COOPERATION,
      Deepen.class, KeyAccountMove.DEEPEN,
      BecomePartners.class, KeyAccountMove.BECOME_PARTNERS,
      Interrupt.class, KeyAccountMove.INTERRUPT,
      Resume.class, KeyAccountMove.RESUME,
      Restart.class, KeyAccountMove.RESTART,
      AssignManager.class, KeyAccountMove.ASSIGN_MANAGER,
      ChangeContacts.class, KeyAccountMove.CHANGE_CONTACTS);

  private KeyAccountActionMoves() {}

  /** The move {@code action}'s kind makes. */
  static KeyAccountMove of(KeyAccountAction action) {
    return MOVES.get(action.getClass());
  }
}
