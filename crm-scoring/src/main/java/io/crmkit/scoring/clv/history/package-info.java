/**
 * Purchase histories for customer-base models: per customer of a cohort, repeat purchase
 * occasions, recency and age up to a calibration end, in a chosen time unit, and the repeat
 * occasions of a hold-out period after it. Differentiate, IDIC step 2: the input of predicted
 * customer value (BG/NBD, Gamma-Gamma).
 */
@CrmStyle
package io.crmkit.scoring.clv.history;

import io.crmkit.core.validation.CrmStyle;
