package io.crmkit.core.interaction.cadence;

import io.crmkit.core.customer.classification.Importance;

/** How closely a customer is followed; key customers (重点客户) are contacted most often. */
public enum CadenceTier {
  /** The few customers that bring most of the value (the 80/20 rule): more often than monthly. */
  KEY,
  /** Important customers: about once a month. */
  IMPORTANT,
  /** Everyone else: at least once a quarter. */
  ORDINARY;

  /** The tier of a classified importance; KEY is the host's decision (value tier, pyramid). */
  public static CadenceTier from(Importance importance) {
    return importance == Importance.IMPORTANT ? IMPORTANT : ORDINARY;
  }
}
