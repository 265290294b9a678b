/**
 * The 80/20 (Pareto) view of customer value: concentration, Lorenz curve, Gini coefficient and ABC
 * classes. Differentiate, IDIC step 2: know which few customers bring most of the value.
 */
@CrmStyle
package io.crmkit.scoring.pareto;

import io.crmkit.core.validation.CrmStyle;

