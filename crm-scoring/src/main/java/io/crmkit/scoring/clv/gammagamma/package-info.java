/**
 * The Gamma-Gamma model of monetary value: the expected value of a customer's future purchases from
 * the average of the past ones, with its independence assumption checked. Differentiate, IDIC step
 * 2: the value half of predicted customer lifetime value.
 */
@CrmStyle
package io.crmkit.scoring.clv.gammagamma;

import io.crmkit.core.validation.CrmStyle;
