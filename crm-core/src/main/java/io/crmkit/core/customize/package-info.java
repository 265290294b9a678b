/**
 * Customize, IDIC step 4: treatment playbooks whose rules are data, recommending next actions from
 * a customer's value tier, cooperation class, personality style, difficult-customer tag,
 * satisfaction gaps, open complaints and churn signals, each recommendation explained and every
 * conflict resolution reported. An active plan is the Customize evidence of the IDIC report.
 */
@CrmStyle
package io.crmkit.core.customize;

import io.crmkit.core.validation.CrmStyle;

