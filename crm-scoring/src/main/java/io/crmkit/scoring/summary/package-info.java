/**
 * Per-customer purchase summaries, built as mergeable partials so a host can compute them per
 * partition and merge. Differentiate, IDIC step 2.
 */
@CrmStyle
package io.crmkit.scoring.summary;

import io.crmkit.core.validation.CrmStyle;

