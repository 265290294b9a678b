/**
 * The 80/20 (Pareto) view of customer value: concentration, Lorenz curve, Gini coefficient and ABC
 * classes. Differentiate, IDIC step 2: know which few customers bring most of the value.
 * {@link io.crmkit.scoring.pareto.ParetoFigures} and {@link io.crmkit.scoring.pareto.AbcCuts} define
 * the base-wide figures on any ranking, one machine's or a cluster's.
 */
@CrmStyle
package io.crmkit.scoring.pareto;

import io.crmkit.core.validation.CrmStyle;

