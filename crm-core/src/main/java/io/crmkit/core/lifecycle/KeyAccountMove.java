package io.crmkit.core.lifecycle;

/** The moves of a key-account relationship: the keys of the {@link KeyAccountWorkflow} table. */
public enum KeyAccountMove {
  /** The account is taken up as a prospect: the relationship starts in GESTATION. */
  OPEN,
  /** The first deals are signed: GESTATION to INITIAL. */
  START_COOPERATION,
  /** Trade becomes regular and broad: INITIAL to MIDDLE. */
  DEEPEN,
  /** Both sides start doing business together: MIDDLE to STRATEGIC_PARTNERSHIP. */
  BECOME_PARTNERS,
  /** Trade stops and contact breaks, for recorded causes: any active stage to INTERRUPTED. */
  INTERRUPT,
  /** The relationship picks up again where it was interrupted: INTERRUPTED back to that stage. */
  RESUME,
  /** The relationship must be built again from the start: INTERRUPTED to GESTATION. */
  RESTART,
  /** An account manager is assigned or replaced; the stage does not change. */
  ASSIGN_MANAGER,
  /** The customer's contact persons change; the stage does not change. */
  CHANGE_CONTACTS
}
