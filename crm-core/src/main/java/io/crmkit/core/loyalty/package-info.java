/**
 * Loyalty, measured as behaviour (repeat purchases, tenure) and as attitude (recommendation,
 * attachment), diagnosed by kind (monopoly, relationship, inertia, trust) and set against
 * satisfaction in the satisfaction-loyalty matrix: satisfied customers need not be loyal, and loyal
 * ones need not be satisfied.
 *
 * <p>In IDIC this serves Differentiate (step 2): customers differ in why they stay.
 */
@CrmStyle
package io.crmkit.core.loyalty;

import io.crmkit.core.validation.CrmStyle;

