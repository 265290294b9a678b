/**
 * The customer aggregate and its records: contact points and preferences, account-manager history,
 * contact persons, profile facts with provenance and confidentiality, orders and quotations, and
 * the classification schemes computed from them.
 *
 * <p>In IDIC this is what Identify (step 1) builds and every later step reads: you cannot
 * differentiate, interact with or customize for a customer you have not identified.
 */
@CrmStyle
package io.crmkit.core.customer;

import io.crmkit.core.validation.CrmStyle;

