package io.crmkit.core.interaction.choice;

/**
 * Why {@link ChannelChooser} took or passed over a channel, as messages of an
 * {@link io.crmkit.core.text.Explanation}: the display name is the sentence, its arguments channel
 * codes, the purpose, days and local times.
 */
public enum ChoiceReason {
  /** {0} the channel: one the customer comes to (a website, a branch counter). */
  CUSTOMER_COMES_TO_IT,
  /** {0} the channel, {1} the purpose it does not suit. */
  DOES_NOT_SUIT,
  /** {0} the channel the customer refused. */
  REFUSED,
  /** {0} the channel, {1} the horizon in days. */
  QUIET_FOR_HORIZON,
  /** {0} the channel, {1} preferred or nothing, open now. */
  OPEN_NOW,
  /** {0} the channel, {1} preferred or nothing, {2} the local time it opens. */
  QUIET_UNTIL,
  /** The customer prefers the channel. */
  PREFERRED,
  /** {0} the channel, {1} the local time, open now. */
  CHOSEN_NOW,
  /** {0} the channel, {1} the local time, its first open time. */
  CHOSEN_FIRST_OPEN,
  /** {0} a line written in English only. */
  AS_WRITTEN
}
