package io.crmkit.scoring.cooperation;

/**
 * The sentences of a {@link CooperationAssessment}'s evidence, as messages of an
 * {@link io.crmkit.core.text.Explanation}: the behaviour observed and the rule of the 1-2-3-4
 * principle that decided, in English or in the course material's Chinese.
 */
public enum CooperationReason {
  /** Every standard term accepted. */
  ACCEPTS_ALL,
  /** {0} the terms negotiated. */
  NEGOTIATES,
  /** {0} objections, {1} own conditions, {2} brands compared. */
  COUNTS,
  /** The premium rule. */
  PREMIUM,
  /** {0} the occasional objections a normal customer may raise. */
  NORMAL,
  /** {0} how many of the 4 standard terms are negotiated. */
  DIFFICULT_TERMS,
  /** {0} own conditions, {1} harsh from. */
  DIFFICULT_CONDITIONS,
  /** {0} brands compared, {1} own conditions. */
  DIFFICULT_BRANDS,
  /** The demanding rule. */
  DEMANDING,
  /** {0} evidence a host wrote in its own words. */
  AS_WRITTEN
}
