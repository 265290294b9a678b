package io.crmkit.scoring.clv.value;

import io.crmkit.core.money.Money;

/**
 * One customer's predicted value: the probability of still being a customer, the purchases
 * expected over the horizon, the expected value of one of them, and the discounted lifetime value
 * over the horizon, exact money rounded half-even to the currency's minor unit.
 *
 * @param probabilityAlive P(alive) at the end of calibration
 * @param expectedPurchases purchases expected over the whole horizon
 * @param expectedAverageValue the expected value of one future purchase, currency units
 * @param value the discounted lifetime value over the horizon
 */
public record CustomerScore(double probabilityAlive, double expectedPurchases, double expectedAverageValue,
    Money value) {
}
