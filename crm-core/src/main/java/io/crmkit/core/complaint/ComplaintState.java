package io.crmkit.core.complaint;

/**
 * The states of complaint handling (after ISO 10002 and complaint-handling practice): receive, let
 * the customer vent and acknowledge, investigate and judge the facts, remedy or explain, follow up,
 * close; reopen within a window; shelve for a cooling-off period.
 */
public enum ComplaintState {
  RECEIVED,
  /** The customer has been let vent, sincerity expressed; the first response is recorded. */
  ACKNOWLEDGED,
  /** Key points recorded, facts being established. */
  INVESTIGATING,
  /** The facts show the complaint is justified. */
  VALID,
  /** The facts show it is not. */
  NOT_VALID,
  /** A reasonable explanation was given for a complaint found not valid. */
  EXPLAINED,
  REMEDY_PROPOSED,
  REMEDY_ACCEPTED,
  REMEDY_DECLINED,
  REMEDY_IMPLEMENTED,
  /** We asked whether the problem is solved and how the handling was: rating recorded. */
  FOLLOWED_UP,
  CLOSED,
  REOPENED,
  /** A cooling-off period with a resume date; the SLA clock is paused. */
  SHELVED;

  /** Whether work on the complaint is under way (not closed, not shelved). */
  public boolean isActive() {
    return this != CLOSED && this != SHELVED;
  }
}
