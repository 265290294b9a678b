/**
 * Satisfaction as expectation versus perception: per service dimension, gap = perception -
 * expectation; below zero the customer is dissatisfied, level basically satisfied, above satisfied.
 * Surveys aggregate exactly and mergeably, with CSAT, NPS and CES beside the gap model; expectation
 * management finds expectations that are too high, mistaken or unreasonable, and checks promises
 * before they are made.
 *
 * <p>In IDIC this serves Interact (step 3): every contact both measures and shapes expectations.
 */
@CrmStyle
package io.crmkit.core.satisfaction;

import io.crmkit.core.validation.CrmStyle;

