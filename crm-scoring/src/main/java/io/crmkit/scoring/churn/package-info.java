/**
 * Churn early warning: small rules that read each customer's own purchase rhythm (overdue, falling
 * spend, partial churn of one product line), extensible by hosts; and churn itself, read from
 * product-level activity ({@link io.crmkit.scoring.churn.ProductChurnAnalysis}): full churn (客户流失, the
 * customer uses none of our products any more) against partial churn (客户业务流失, one or two products
 * given up while others are kept), per customer, per period and per segment, with a warning to the
 * account manager when a key account churns partially. Differentiate, IDIC step 2: find the valuable
 * customers who are slipping away while there is time.
 */
@CrmStyle
package io.crmkit.scoring.churn;

import io.crmkit.core.validation.CrmStyle;

