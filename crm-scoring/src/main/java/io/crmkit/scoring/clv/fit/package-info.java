/**
 * Fitting customer-base models: maximum likelihood on the log scale of the parameters (Hipparchus'
 * BOBYQA and Levenberg-Marquardt), fit options with an L2 penalizer, diagnostics, a specific
 * exception when no fit converges, and the 2F1 series with a convergence report. Differentiate,
 * IDIC step 2: the numerical engine under predicted customer value.
 */
@CrmStyle
package io.crmkit.scoring.clv.fit;

import io.crmkit.core.validation.CrmStyle;
