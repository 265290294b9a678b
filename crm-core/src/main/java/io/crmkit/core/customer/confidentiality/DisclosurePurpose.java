package io.crmkit.core.customer.confidentiality;

import io.crmkit.core.customer.confidentiality.DisclosureRequest.Recipient;

/**
 * The closed list of reasons for which a confidential fact may be read. A purpose is not free
 * text, so a host's authoriser can decide on it and an auditor can count it; each purpose fits
 * one kind of recipient.
 */
public enum DisclosurePurpose {
  /** Staff serving the customer's accounts and orders day to day. */
  ACCOUNT_SERVICING(Recipient.STAFF),
  /** The periodic review of fees, prices or a portfolio with the customer. */
  ACCOUNT_REVIEW(Recipient.STAFF),
  /** Deciding on credit, a mortgage or a limit. */
  CREDIT_DECISION(Recipient.STAFF),
  /** Investigating and remedying the customer's complaint. */
  COMPLAINT_HANDLING(Recipient.STAFF),
  /** A duty under law: a regulator's or a court's request, anti-money-laundering checks. */
  LEGAL_OBLIGATION(Recipient.STAFF),
  /** The customer asked for their own data. */
  CUSTOMER_REQUEST(Recipient.THE_CUSTOMER),
  /** Telling a party the customer named in a consent in force. */
  CONSENTED_SHARING(Recipient.THIRD_PARTY);

  private final Recipient recipient;

  DisclosurePurpose(Recipient recipient) {
    this.recipient = recipient;
  }

  /** The one kind of recipient this purpose serves. */
  public Recipient recipient() {
    return recipient;
  }
}
