/**
 * Identify, IDIC step 1: know each customer as one individual across channels and records.
 * Normalize emails, phones and names; find records that are probably one customer, with evidence and
 * a score, without comparing every pair; merge them so that every fact keeps its provenance and the
 * merge can be explained afterwards.
 */
@CrmStyle
package io.crmkit.core.identify;

import io.crmkit.core.validation.CrmStyle;

