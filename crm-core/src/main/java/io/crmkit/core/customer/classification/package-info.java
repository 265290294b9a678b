/**
 * The classification schemes of CRM practice, computed from the customer record by {@link
 * io.crmkit.core.customer.classification.CustomerClassifier} and never kept by hand: {@link
 * io.crmkit.core.customer.classification.DealStatus deal status}, {@link
 * io.crmkit.core.customer.classification.Importance importance}, {@link
 * io.crmkit.core.customer.classification.FollowUpUrgency follow-up urgency}, {@link
 * io.crmkit.core.customer.classification.Demand demand} and {@link
 * io.crmkit.core.customer.classification.Closeness closeness}, each with the reason in words.
 *
 * <p>IDIC step 2, Differentiate: telling customers apart by what the record shows, before value
 * scoring (crm-scoring) ranks them by money.
 */
@CrmStyle
package io.crmkit.core.customer.classification;

import io.crmkit.core.validation.CrmStyle;
