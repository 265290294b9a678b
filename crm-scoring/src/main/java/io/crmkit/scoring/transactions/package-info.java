/**
 * Transaction logs, the input of value scoring: a compact columnar log with exact integer amounts,
 * built from crm-core orders or read from CSV and CDNOW files, strictly or leniently, with a report
 * that accounts for every row. Differentiate, IDIC step 2.
 */
@CrmStyle
package io.crmkit.scoring.transactions;

import io.crmkit.core.validation.CrmStyle;

