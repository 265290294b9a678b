package io.crmkit.core.customer.confidentiality;

/**
 * Where the host keeps its audit trail of confidential reads. {@link Disclosures} hands it every
 * decision, grants and refusals alike, before any value is released; an entry never holds the
 * value. If the sink throws, the value is not released (a read that cannot be audited is not
 * made).
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface DisclosureAudit {
  /** Records one decision. */
  void record(DisclosureAuditEntry entry);
}
