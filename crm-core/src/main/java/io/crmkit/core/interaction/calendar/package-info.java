/**
 * The T/E/M contact calendar (IDIC step 3, Interact): the account manager's sheet of customers by
 * days with a letter per contact (T phone, E email, M meeting, configurable per channel) and the note
 * behind each cell, built from the stored interactions, rendered as aligned text and as CSV that reads
 * back. It shows at a glance when each customer was last contacted and who is due again.
 */
@CrmStyle
package io.crmkit.core.interaction.calendar;

import io.crmkit.core.validation.CrmStyle;
