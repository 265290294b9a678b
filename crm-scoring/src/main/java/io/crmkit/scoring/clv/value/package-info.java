/**
 * Predicted customer lifetime value: BG/NBD purchases and Gamma-Gamma spend, discounted per period
 * over a horizon, per customer or for a whole cohort at once, exact money at the boundary.
 * Differentiate, IDIC step 2: rank customers by what they will bring, not by what they brought.
 */
@CrmStyle
package io.crmkit.scoring.clv.value;

import io.crmkit.core.validation.CrmStyle;
