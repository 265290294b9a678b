/**
 * What we know about a customer beyond how to reach them: {@link
 * io.crmkit.core.customer.profile.ProfileFact profile facts} in four {@link
 * io.crmkit.core.customer.profile.FactCategory categories} (demographic, behavioural, contact,
 * financial), each with its source, recording and verification times and any dispute, kept as an
 * append-only history on the customer; the needs the customer told us about; and the other
 * customers they are related to.
 *
 * <p>IDIC step 1, Identify: the customer database is built from these facts, and wrong information
 * is worse than none, so nothing here is overwritten. Who may hear a fact is decided in {@code
 * customer.confidentiality}.
 */
@CrmStyle
package io.crmkit.core.customer.profile;

import io.crmkit.core.validation.CrmStyle;
