/**
 * Contact cadence and the due list (客户联络, IDIC step 3, Interact): how often each customer must be
 * contacted (by tier from importance, key customers most often, overridable per customer), planned
 * festival greetings and new-product notices, and the account manager's morning list of who is
 * overdue, due today, planned or not due, with days late, overdue promises and a suggested channel.
 */
@CrmStyle
package io.crmkit.core.interaction.cadence;

import io.crmkit.core.validation.CrmStyle;
