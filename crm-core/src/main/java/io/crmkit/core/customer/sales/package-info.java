/**
 * What the customer bought and was offered: {@link io.crmkit.core.customer.sales.Order orders}
 * with exact unit prices, {@link io.crmkit.core.customer.sales.Quotation quotations} with their
 * cost basis, margin and the {@link io.crmkit.core.customer.sales.ExchangeRate exchange rate} at
 * quote time, and the {@link io.crmkit.core.customer.sales.QuoteIntent intent} behind each quote
 * (a price enquiry or a negotiation).
 *
 * <p>IDIC step 1, Identify (the business record of the customer), and the input of step 2,
 * Differentiate: deal volume, deal status and closeness are computed from it.
 */
@CrmStyle
package io.crmkit.core.customer.sales;

import io.crmkit.core.validation.CrmStyle;
