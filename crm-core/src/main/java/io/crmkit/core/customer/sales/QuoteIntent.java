package io.crmkit.core.customer.sales;

/** What stands behind a quotation: a mere price enquiry, or a negotiation with clear intent to buy. */
public enum QuoteIntent {
  /** The customer only asked for prices. */
  PRICE_ENQUIRY,
  /** The customer has shown clear intent and terms are being negotiated. */
  NEGOTIATION
}
