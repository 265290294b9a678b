package io.crmkit.core.interaction.cadence;

/** Where a customer stands on the account manager's due list, most urgent first. */
public enum DueState {
  /** The cadence ran out before today: the contact is late (逾期). */
  OVERDUE,
  /** The cadence runs out today, or the customer was never contacted (今日到期). */
  DUE_TODAY,
  /** Not due by cadence, but a festival greeting or product notice is planned in the look-ahead (已计划). */
  PLANNED,
  /** Nothing to do yet (未到期). */
  NOT_DUE
}
