/**
 * The customer pyramid: key, major, ordinary and small customers by rank or by value, each placement
 * explained. Differentiate, IDIC step 2: serve each tier as it deserves.
 */
@CrmStyle
package io.crmkit.scoring.pyramid;

import io.crmkit.core.validation.CrmStyle;

