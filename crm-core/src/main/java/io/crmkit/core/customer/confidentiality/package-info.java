/**
 * Confidentiality of customer data: how sensitive each fact is ({@link
 * io.crmkit.core.customer.confidentiality.Sensitivity}), the customer's {@link
 * io.crmkit.core.customer.confidentiality.Consent consents}, and the {@link
 * io.crmkit.core.customer.confidentiality.Disclosures disclosure desk} that releases a confidential
 * value for a {@link io.crmkit.core.customer.confidentiality.DisclosureRequest request} naming a
 * purpose from a closed list, once the host's {@link
 * io.crmkit.core.customer.confidentiality.DisclosureAuthoriser authoriser} and, for a third party,
 * the latest consent in force allow it, and records every decision in the host's {@link
 * io.crmkit.core.customer.confidentiality.DisclosureAudit audit}. Being related (mother and son at
 * one bank) is never consent.
 *
 * <p>IDIC step 1, Identify: a customer only lets us know them if what they tell us stays where
 * they allowed it; every later stage reads facts through this policy.
 */
@CrmStyle
package io.crmkit.core.customer.confidentiality;

import io.crmkit.core.validation.CrmStyle;
