/**
 * The five-step maintenance cycle of an account manager (客情维护的五个环节): integrate the customer's
 * information before contact (客户信息整合), contact them warmly with preparation and an agenda (热情接触
 * 客户), understand their business and personal concerns in depth (深度理解客户), help them
 * comprehensively (全面帮助客户), and contact them again to check satisfaction and confirm the
 * commitments in a memo (再次联系客户). A cycle per customer keeps an append-only history checked
 * against one transition table; each step says what it needs from the record (the agenda needs the
 * open commitments and the last satisfaction result), what is missing, and the next step with why.
 *
 * <p>In IDIC this is Interact (step 3): the routine through which contacts with a key customer
 * build the relationship round after round.
 */
@CrmStyle
package io.crmkit.core.interaction.maintenance;

import io.crmkit.core.validation.CrmStyle;
