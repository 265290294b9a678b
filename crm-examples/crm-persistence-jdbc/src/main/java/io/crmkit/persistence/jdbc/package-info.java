/**
 * The JDBC storage adapter: crmkit's customers, complaint histories and style profiles in tables of
 * the host's own database, PostgreSQL in production or H2 embedded, on the host's pool. It passes the
 * persistence contract kit on both, and a kill-9 crash drill. Start at
 * {@link io.crmkit.persistence.jdbc.JdbcStores}. Serves every IDIC stage: what is learned about a
 * customer is kept where the host keeps the rest of its data.
 */
package io.crmkit.persistence.jdbc;
