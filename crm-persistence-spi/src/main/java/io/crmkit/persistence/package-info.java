/**
 * Host-owned storage: the interfaces a host implements over its own database ({@link
 * io.crmkit.persistence.Customers}, {@link io.crmkit.persistence.Complaints}), optimistic concurrency,
 * cursor paging, an append-only complaint history, a unit-of-work hook and privacy erasure. The
 * in-memory reference lives in {@code io.crmkit.persistence.memory}; the contract test kit every
 * adapter passes is the artifact {@code crm-persistence-contract}, the JDBC adapter {@code crm-persistence-jdbc}. Serves every IDIC stage: what is learned about a customer must be kept.
 */
@CrmStyle
package io.crmkit.persistence;

import io.crmkit.core.validation.CrmStyle;

