package io.crmkit.core.complaint;

/**
 * Why the built-in {@link HandlingChecks} call events a mistake, as messages of an
 * {@link io.crmkit.core.text.Explanation}: the display name is the sentence, in English or in the
 * course material's Chinese; a finding never quotes a note.
 */
public enum FindingReason {
  /** The blame was taken before the facts showed the complaint valid. */
  BLAME_BEFORE_FACTS,
  /** {0} how many apologies. */
  APOLOGIES,
  /** A colleague was criticised. */
  COLLEAGUE_CRITICISED,
  /** Argued, or a remedy without admitting the fault. */
  ARGUED_OR_DENIED,
  /** Lectured, mocked or doubted. */
  LECTURED_MOCKED_OR_DOUBTED,
  /** A refusal without a reason or before the facts. */
  FLAT_REFUSAL,
  /** The customer was reproached. */
  CUSTOMER_BLAMED,
  /** Questions that do not serve the facts. */
  POINTLESS_QUESTIONS,
  /** Closed with a promise unkept. */
  PROMISE_UNKEPT,
  /** "I don't know" as an answer. */
  PLEADED_IGNORANCE,
  /** {0} the finding's explanation as a host's check wrote it. */
  AS_WRITTEN,
  /** {0} the check, {1} the mistake, {2} the events, {3} the explanation. */
  FINDING
}
