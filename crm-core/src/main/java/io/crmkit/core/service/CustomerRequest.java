package io.crmkit.core.service;

import io.crmkit.core.validation.Require;

/**
 * Something a customer asks of us, with what decides it: whether it is within what we promised,
 * within what we can deliver, whether it rests on a misunderstanding of the product, whether it asks
 * us to make good a loss the customer caused, and how many times the customer has pressed for it
 * (which, by {@link ServiceStance}, decides nothing).
 *
 * @param description what the customer asks, in staff's words
 * @param withinPromise whether our contract or service promise covers it
 * @param withinCapability whether we can deliver it at all
 * @param basedOnMisunderstanding whether it rests on a wrong idea of the product
 * @param lossCausedByCustomer whether it asks compensation for a loss the customer caused
 * @param timesAsked how many times the customer has asked, at least 1
 */
public record CustomerRequest(String description, boolean withinPromise, boolean withinCapability,
    boolean basedOnMisunderstanding, boolean lossCausedByCustomer, int timesAsked) {
  public CustomerRequest {
    Require.text(description, "customerRequest.description");
    Require.that(timesAsked >= 1, "customerRequest.timesAsked", "must be at least 1", timesAsked);
  }
}
