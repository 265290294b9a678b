package io.crmkit.core.interaction.maintenance;

/**
 * Something a maintenance step needs from the customer's record or from the cycle so far. Which
 * step needs which is {@link StepNeeds}; whether the record holds it is a {@link Provision}.
 */
public enum RecordItem {
  /** Current profile facts: the data every later step works from (客户资料). */
  PROFILE_FACTS,
  /** No stale facts left unmarked: each is listed to complete during the visit (找出需要补充的内容). */
  FACTS_TO_COMPLETE,
  /** No disputed facts: wrong information is worse than none (错误信息比没有信息更糟糕). */
  NO_DISPUTED_FACTS,
  /** The appointment made at the end of the last visit (再联系预约). */
  APPOINTMENT,
  /** The commitments still open, for the agenda and the memo. */
  OPEN_COMMITMENTS,
  /** The last satisfaction result, for the agenda. */
  LAST_SATISFACTION_RESULT,
  /** This round's contact, on which understanding builds. */
  CONTACT_OF_ROUND,
  /** This round's concerns, business and personal, which help answers. */
  CONCERNS_OF_ROUND,
  /** This round's help, whose effect the re-contact follows up. */
  HELP_OF_ROUND
}
