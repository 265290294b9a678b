package io.crmkit.core.lifecycle;

/**
 * What an {@link InterruptionWarning} says, as messages of an {@link io.crmkit.core.text.Explanation}:
 * what the record shows and what to do, in English or in the words of the course material (004).
 */
public enum WarningReason {
  /** The relationship hangs on one contact person. */
  SINGLE_CONTACT,
  /** Build contacts at several levels. */
  SINGLE_CONTACT_ADVICE,
  /** {0} when the key contact was replaced. */
  NEW_CONTACT,
  /** Meet the new contact early. */
  NEW_CONTACT_ADVICE,
  /** {0} how many manager changes within a year. */
  MANAGER_CHANGES,
  /** Keep the current manager. */
  MANAGER_CHANGES_ADVICE,
  /** {0} a text a host wrote in English only. */
  AS_WRITTEN,
  /** {0} the cause, {1} the customer, {2} the reason, {3} the advice. */
  WARNING
}
