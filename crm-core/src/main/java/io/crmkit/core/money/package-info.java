/**
 * Exact money with a currency, for orders, quotations and customer value. Serves every IDIC stage;
 * Differentiate (value scoring) depends on it being exact.
 */
@CrmStyle
package io.crmkit.core.money;

import io.crmkit.core.validation.CrmStyle;

