/**
 * The account manager's visit (客情维护: 热情接触客户), where sales and service are one job: a
 * {@link io.crmkit.core.visit.VisitPlan} prepared beforehand (the information, the agenda and its
 * value for the customer, the materials, the appointment offered as a choice of two, 二选一), checked
 * by named rules for what is missing ({@link io.crmkit.core.visit.VisitReadiness}), and the written
 * {@link io.crmkit.core.visit.VisitMemo} that re-confirms problems and commitments afterwards.
 * Whether the customer's business and personal needs are on the record is one of the checks.
 *
 * <p>IDIC step 3, Interact: preparing and following up the personal contact with a key customer.
 */
@CrmStyle
package io.crmkit.core.visit;

import io.crmkit.core.validation.CrmStyle;
