/**
 * Choosing the way of contact (选择交流方式, IDIC step 3, Interact): for a purpose and a customer,
 * which channel of the catalogue to use and when, respecting the customer's preferred and refused
 * channels and quiet hours, with the reasons, or the explicit answer that no channel is allowed.
 */
@CrmStyle
package io.crmkit.core.interaction.choice;

import io.crmkit.core.validation.CrmStyle;
