/**
 * Customer lifetime value in its simple teaching form, assumptions stated. Differentiate, IDIC step
 * 2: value customers by what the relationship is worth over time, not by one period's spend.
 */
@CrmStyle
package io.crmkit.scoring.clv;

import io.crmkit.core.validation.CrmStyle;

