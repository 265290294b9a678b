/**
 * The customer aggregate: {@link io.crmkit.core.customer.Customer} with its identity, kind and
 * display name, the account managers who served it, the next planned action, the merges that formed
 * it and the relationship risks the record reveals, and {@link io.crmkit.core.customer.CustomerCodec}
 * its storage form. Each capability of the record has its own package below: {@code profile}
 * (facts, needs, related parties), {@code confidentiality} (sensitivity, consent, disclosure),
 * {@code contact} (contact points, channels, quiet hours, contact persons), {@code sales} (orders,
 * quotations) and {@code classification} (the computed schemes).
 *
 * <p>In IDIC this is what Identify (step 1) builds and every later step reads: you cannot
 * differentiate, interact with or customize for a customer you have not identified.
 */
@CrmStyle
package io.crmkit.core.customer;

import io.crmkit.core.validation.CrmStyle;
