package io.crmkit.core.complaint;

/** Why the complaint arose, once known: a company cause or a customer cause. */
public enum ComplaintCause {
  PRODUCT_QUALITY(true),
  SERVICE_QUALITY(true),
  DELIVERY(true),
  STAFF_ATTITUDE(true),
  /** The customer used the product wrongly. */
  MISUSE(false),
  /** The customer expected more than was ever offered. */
  EXPECTATIONS_TOO_HIGH(false);

  private final boolean companyCause;

  ComplaintCause(boolean companyCause) {
    this.companyCause = companyCause;
  }

  /** Whether the company caused it (else the customer did). */
  public boolean isCompanyCause() {
    return companyCause;
  }
}
