package io.crmkit.scoring.transactions.internal;

/**
 * What the byte scanners need to know of a delimited transaction format: the separator, the number
 * of fields, where the customer id, the date and the amount stand (0-based), whether a header line
 * comes first, and the currency's fraction digits. Dates are always ISO ("yyyy-MM-dd"): other
 * patterns go through the general line reader.
 *
 * <p>Internal to the transaction readers; not exported, not API.
 */
public record PlainLayout(char separator, int columns, int customerColumn, int dateColumn, int amountColumn,
    boolean header, int scale) {}
