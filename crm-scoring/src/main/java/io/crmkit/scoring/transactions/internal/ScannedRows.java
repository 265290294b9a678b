package io.crmkit.scoring.transactions.internal;

/**
 * What a reading in parts gathered from a file whose every row was plain: the customers' ids by dense
 * index, the rows, each customer's statistics, and the sum of all amounts in minor units. Every row
 * read was kept.
 *
 * <p>Internal to the transaction readers; not exported, not API.
 */
public record ScannedRows(CustomerIds ids, RowBlocks rows, CustomerStats stats, long amountMinor) {}
