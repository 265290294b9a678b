package io.crmkit.scoring.churn;

import io.crmkit.core.validation.Require;
import java.time.LocalDate;

/**
 * A product a customer gave up: last used on {@code lastActive}, counted lost from {@code lostOn}.
 *
 * @param product the product's name
 * @param lastActive the day of the last activity on it
 * @param lostOn the day it counted as lost (the last activity plus the policy's days)
 */
public record LostProduct(String product, LocalDate lastActive, LocalDate lostOn) {
  public LostProduct {
    Require.text(product, "lostProduct.product");
    Require.notNull(lastActive, "lostProduct.lastActive");
    Require.notNull(lostOn, "lostProduct.lostOn");
    Require.that(lostOn.isAfter(lastActive), "lostProduct.lostOn", "must come after lastActive " + lastActive, lostOn);
  }
}
