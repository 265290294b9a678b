/**
 * Churn early warning: small rules that read each customer's own purchase rhythm (overdue, falling
 * spend, partial churn of one product line), extensible by hosts. Differentiate, IDIC step 2: find
 * the valuable customers who are slipping away while there is time.
 */
@CrmStyle
package io.crmkit.scoring.churn;

import io.crmkit.core.validation.CrmStyle;

