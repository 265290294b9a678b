package io.crmkit.core.customer.profile;

import io.crmkit.core.customer.confidentiality.Sensitivity;

/** The four kinds of information a customer database holds. */
public enum FactCategory {
  /** Who the customer is: age, occupation, household, industry. */
  DEMOGRAPHIC,
  /** Preferences and circumstances: "likes new fund launches", "has young children". */
  BEHAVIORAL,
  /** Where and how to reach the customer beyond the contact points: addresses, assistants. */
  CONTACT,
  /** Assets, income, credit: always {@link Sensitivity#CONFIDENTIAL}. */
  FINANCIAL
}
