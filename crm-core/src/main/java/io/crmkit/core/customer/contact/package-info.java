/**
 * How to reach a customer: verified {@link io.crmkit.core.customer.contact.ContactPoint contact
 * points}, the {@link io.crmkit.core.customer.contact.Channel channels} they prefer and their
 * {@link io.crmkit.core.customer.contact.QuietHours quiet hours}, and for an organization the
 * {@link io.crmkit.core.customer.contact.ContactPerson contact persons} and their roles.
 *
 * <p>IDIC step 1, Identify (knowing how to reach the customer), and the ground of step 3, Interact:
 * the {@code io.crmkit.core.interaction} package records the interactions themselves and chooses
 * among these channels, respecting the preferred and refused ones and the quiet hours.
 */
@CrmStyle
package io.crmkit.core.customer.contact;

import io.crmkit.core.validation.CrmStyle;
