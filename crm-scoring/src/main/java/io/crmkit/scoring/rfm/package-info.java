/**
 * RFM (recency, frequency, monetary) scoring with quintile scores and named segments whose rules
 * are data. Differentiate, IDIC step 2: who bought recently, often and much.
 */
@CrmStyle
package io.crmkit.scoring.rfm;

import io.crmkit.core.validation.CrmStyle;

