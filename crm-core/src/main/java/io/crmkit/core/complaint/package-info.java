/**
 * Complaint handling as a state machine: receive, let the customer vent and acknowledge, record and
 * judge the facts, propose and carry out a remedy or explain, follow up, close; with escalation
 * tactics (shelve, change handler, hold principle, compromise), named guards against the classic
 * handling errors (named policies, {@link io.crmkit.core.complaint.ComplaintGuards}), an append-only
 * event history in which each step is its own {@link io.crmkit.core.complaint.ComplaintAction} type
 * and which replays to the same complaint, SLA clocks in business time, analytics and the complaint
 * iceberg.
 *
 * <p>In IDIC this is Interact (step 3): a complaint is the customer's most valuable feedback, and
 * handling it well is where loyalty is won back.
 */
@CrmStyle
package io.crmkit.core.complaint;

import io.crmkit.core.validation.CrmStyle;

