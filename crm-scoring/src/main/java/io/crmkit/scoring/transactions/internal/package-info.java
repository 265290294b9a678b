/**
 * The byte scanners and compact columns behind transaction logs: the sequential and the parallel
 * scan of plain CSV, the customer tables that map ids to dense indexes and gather each customer's
 * purchases, total and first and last day as the file is read, and the row blocks a log keeps.
 * Part of value scoring's input, Differentiate (IDIC step 2). Internal to {@code
 * io.crmkit.scoring.transactions}: not exported from the module, not API, and may change in any
 * release; only that package uses it.
 */
package io.crmkit.scoring.transactions.internal;
