/**
 * The BG/NBD model of Fader, Hardie and Lee (2005) for non-contractual customers: who is still
 * alive, how many purchases each customer will make, the cohort's tracking curve and the hold-out
 * check. Differentiate, IDIC step 2: predicted rather than past value.
 */
@CrmStyle
package io.crmkit.scoring.clv.bgnbd;

import io.crmkit.core.validation.CrmStyle;
