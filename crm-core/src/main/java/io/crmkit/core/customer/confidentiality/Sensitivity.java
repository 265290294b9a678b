package io.crmkit.core.customer.confidentiality;

/**
 * How carefully a profile fact must be handled.
 *
 * <ul>
 *   <li>{@link #INTERNAL}: business information staff may see and print.
 *   <li>{@link #PERSONAL}: personal data; readable by staff, redacted from {@code toString} and logs.
 *   <li>{@link #CONFIDENTIAL}: financial and other secret data; redacted everywhere and readable
 *       only through {@link Disclosures}, which states a purpose, asks the host's authoriser, is
 *       refused to related parties without the customer's consent and is audited.
 * </ul>
 */
public enum Sensitivity {
  INTERNAL,
  PERSONAL,
  CONFIDENTIAL;

  /** Whether values of this sensitivity are kept out of {@code toString} and logs. */
  public boolean isRedacted() {
    return this != INTERNAL;
  }
}
