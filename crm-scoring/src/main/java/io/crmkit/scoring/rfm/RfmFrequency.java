package io.crmkit.scoring.rfm;

/**
 * What the F of RFM counts. A purchase occasion, not an order line: two lines bought on one day are
 * one purchase, as in the RFM and customer-base literature (Fader, Hardie and Lee's RFM and CLV
 * work; the {@code lifetimes} library's {@code frequency}, which counts distinct periods).
 */
public enum RfmFrequency {
  /** Distinct days with a purchase (the default): one visit or order on a day, however many lines it has. */
  PURCHASE_DAYS,
  /** Every row of the log: for logs whose rows are already whole orders and several a day are distinct. */
  ROWS
}
