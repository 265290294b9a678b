/**
 * crmkit's stores on a relational database through plain JDBC: the host's {@code DataSource}
 * (PostgreSQL or H2), schema scripts per dialect that Flyway can run, and a built-in applier.
 */
module io.crmkit.persistence.jdbc {
  requires transitive io.crmkit.persistence;
  requires transitive java.sql;
  requires org.slf4j;
  requires static org.immutables.value;
  requires static java.compiler;

  // The schema scripts sit under crmkit-schema/ (not a package name), so Flyway reads them on the module path too.
  exports io.crmkit.persistence.jdbc;
}
