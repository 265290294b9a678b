/**
 * A host-side storage adapter: crmkit's {@code Customers} and {@code Complaints} on a relational
 * database through plain JDBC, embedded H2 in file mode by default, any JDBC {@code DataSource}
 * (e.g. PostgreSQL) otherwise. Passes the persistence contract kit and a kill-9 crash drill; start
 * at {@link io.crmkit.examples.jdbc.JdbcStores}.
 */
package io.crmkit.examples.jdbc;
