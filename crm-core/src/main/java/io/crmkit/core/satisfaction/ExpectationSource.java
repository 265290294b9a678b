package io.crmkit.core.satisfaction;

/** Where a customer's expectation comes from: the four sources of expectation management. */
public enum ExpectationSource {
  /** What the customer got before, from us or others. */
  PAST_EXPERIENCE,
  /** What friends, reviews and colleagues say. */
  WORD_OF_MOUTH,
  /** What the customer's own situation requires. */
  PERSONAL_NEEDS,
  /** What we said: advertising, sales talk, contracts. The one source the company controls directly. */
  COMPANY_PROMISES
}
