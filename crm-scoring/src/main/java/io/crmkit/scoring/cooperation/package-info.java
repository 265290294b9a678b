/**
 * The 1-2-3-4 principle: classify customers by cooperation (standard contract and price terms,
 * payment, disputes) into premium, normal, demanding and difficult, with the treatment of each.
 * Differentiate, IDIC step 2.
 */
@CrmStyle
package io.crmkit.scoring.cooperation;

import io.crmkit.core.validation.CrmStyle;

